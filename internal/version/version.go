// Package version holds mtc's version string.
package version

// Version is mtc's version, recorded in every artifact.
const Version = "0.1.0"
