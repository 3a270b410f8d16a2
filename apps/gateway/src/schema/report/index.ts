import './annual-report.js';
import './headline-figures.js';
