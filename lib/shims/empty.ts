// Stands in for Node built-ins (fs) that browser bundles of the AsyncAPI tooling import but never call.
export default {};
