// The competitions module (劳动和技能竞赛, issue 7): public competitions, results, leaderboard,
// figures; staff set-up, registration, judging, closing, appeals, publication, promotions.
import './competition.js';
import './competition-entry.js';
import './competition-judge.js';
import './competition-scoring.js';
import './competition-standing.js';
import './competition-score.js';
import './competition-appeal.js';
import './competition-promotion.js';
import './labour-scoring.js';
import './competition-figures.js';
