// The aid module (帮扶救助, issue 8). Staff only, except aggregate figures.
import './program.js';
import './budget.js';
import './application.js';
import './disburse.js';
import './ledger.js';
import './rule-set.js';
import './assess-hardship.js';
import './hardship-file.js';
import './hardship-details.js';
import './hardship-figures.js';
