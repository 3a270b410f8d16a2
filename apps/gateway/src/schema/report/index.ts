import './annual-report.js';
