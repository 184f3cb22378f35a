// Package runtime runs compiled CPU artifacts: it loads the kernel library an artifact carries,
// binds it to checkpoint weights and executes the artifact's launch program step by step,
// with a KV cache, a persistent thread pool and token sampling. It depends on the artifact
// format, never on the compiler, so a runtime build carries no compiler.
//
// # Loading
//
// Load reads and validates manifest.json (every file's size and SHA-256 included), refuses
// code for another architecture or for CPU features the host lacks (named in the error; running
// it would die with SIGILL), loads kernels.so with purego (no cgo: CGO_ENABLED=0 builds work)
// and resolves every kernel symbol. Bind then checks the checkpoint against the manifest,
// reporting every missing, mis-shaped or mistyped tensor in one error, and records the address of
// every weight: checkpoint tensors are used in place inside their read-only mapping, and only the
// derived weights (add1, concat, quantize_q8, rope_table) are built, once. A checkpoint tensor
// that only transforms read (the source of a q8 matrix, say) has its pages released afterwards,
// so that no matrix is resident twice. BindRandom draws random weights instead, for benchmarks.
//
// # Steps
//
// A Session owns a KV cache, an activation arena of ArenaBytesPerToken·T bytes and a row arena
// of ArenaBytesPerRow·R bytes (the logits, and the last rows the passes moved behind the
// selection of the rows that need logits), each grown to the largest step. The cache
// has, per slot, a K region and a V region sized by the slot's element type (f32, or f16 / bf16
// for artifacts compiled with --kv-dtype), its position alignment and its scratch bytes
// (artifact.Slot); how positions are laid out inside them is the kernels' business.
// Step(tokens, r) runs T tokens at positions P..P+T-1: for every launch of the program it evaluates the integer arguments and the split
// extent as linear expressions in T, R, P and the capacity, resolves the buffer references
// (activation-arena offsets scale with T, row-arena offsets with R), deals [0, split) out to the threads in multiples of the launch's
// grain and calls the kernel
//
//	void sym(void **bufs, const int64_t *ints, int64_t begin, int64_t end)
//
// once per thread, with a barrier before the next launch. Libraries made by this mtc export the
// step loop mtc_run_program, which does all of that in native code: each pool thread then makes
// one foreign call per step and the threads meet at spinning barriers between launches (none
// between launches that run on one thread), which keeps Go's scheduler out of the step (see
// codegen/llvm/program.go). It is used when every thread has a core (Threads ≤ GOMAXPROCS);
// otherwise, and for older libraries, steps run launch by launch from Go. The logits are copied out of the
// row arena (of the activation arena, for format-1 artifacts). All memory handed to kernels (arena, KV cache, derived weights, the argument tables)
// lies outside the Go heap, in anonymous mappings, so the garbage collector neither moves nor
// scans it.
//
// # Threads
//
// Pool keeps Threads-1 goroutines locked to OS threads; the caller of a step is thread 0. A
// launch costs a few atomic operations: the caller bumps each participating worker's sequence
// number and waits for a shared counter to reach zero. Waiting threads spin on those atomics
// for up to 200 µs, which covers the gaps between the launches of a step and the unevenness of
// a launch's shares, and then park on a channel, which keeps an idle runtime off the CPU.
//
// # Generation
//
// Stepper abstracts over backends; Generate prefills a prompt and decodes token by token with
// a Sampler (greedy, or temperature with top-k and top-p, deterministic for a seed).
package runtime
