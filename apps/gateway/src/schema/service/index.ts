// The service positions module (服务阵地, issue 9): public finder, counts, staff registry, import.
import './coordinate-system.js';
import './service-position.js';
import './nearest-service-position.js';
import './service-position-counts.js';
import './service-position-registry.js';
import './service-position-import.js';
