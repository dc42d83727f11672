// Content module.
