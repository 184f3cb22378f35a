package runtime

// LaunchByLaunch makes sessions made from now on call the kernels launch by launch from Go,
// as for a library without the step loop, so tests can compare both paths.
func LaunchByLaunch(a *Artifact) { a.perLaunch = true }

// UsesStepLoop reports whether s runs its steps in the library's step loop.
func UsesStepLoop(s *Session) bool { return s.native != nil }

// The step loop's ABI as the runtime sees it (codegen/llvm defines it).
const (
	ProgramRecordWords = programRecordWords
	ProgramSyncBytes   = programSyncBytes
)
