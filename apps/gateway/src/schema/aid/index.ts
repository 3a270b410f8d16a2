// The aid module (帮扶救助, issue 8). Staff only, except aggregate figures.
import './program.js';
import './budget.js';
import './application.js';
import './disburse.js';
import './ledger.js';
