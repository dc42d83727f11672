// Japanese module.
