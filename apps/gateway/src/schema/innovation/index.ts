// The innovation module (职工创新, issue 6): studios, star ratings, alliances, results and their
// conversion, all-staff innovation enterprises.
import './studio-level.js';
import './studio-status.js';
import './skill-level.js';
import './star-criterion.js';
import './star-rating-change.js';
import './alliance-kind.js';
import './innovation-result-type.js';
import './conversion-state.js';
import './conversion-move.js';
import './star-rubric.js';
import './preview-star-rating.js';
import './studio-member.js';
import './studio-rating.js';
import './studio-status-change.js';
import './alliance-membership.js';
import './conversion-step.js';
import './studio.js';
import './update-studio.js';
import './honoree-studios.js';
import './studio-members.js';
import './studio-evaluation.js';
import './alliance.js';
import './innovation-result.js';
import './innovation-figures.js';
import './innovation-enterprise.js';
import './innovation-config.js';
