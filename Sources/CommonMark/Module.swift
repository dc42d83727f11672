// CommonMark module.
