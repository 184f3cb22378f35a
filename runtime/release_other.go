//go:build !unix

package runtime

// releasePages is a no-op where pages cannot be dropped.
func releasePages([]byte) {}
