// The honors module (荣誉, issue 5): public roll, notices, certificates; staff workflow.
import './honor-title.js';
import './honoree.js';
import './honor-stats.js';
import './public-notice.js';
import './objection-receipt.js';
import './certificate-verification.js';
import './quota-preset.js';
import './honor-campaign.js';
import './nomination.js';
import './objection.js';
import './honor-consent.js';
import './honor-award.js';
