// Stands in for Node built-ins (fs) that browser bundles of the AsyncAPI tooling import but never call.
const empty = {};
export default empty;
