// Package cuda runs compiled CUDA artifacts (codegen/ptx) on an NVIDIA GPU. It talks to the CUDA
// driver API by loading libcuda.so.1 at run time with purego, so it needs no cgo and no CUDA
// toolkit: a CGO_ENABLED=0 binary runs on any machine with the NVIDIA driver, and on a machine
// without one every entry point returns an error that says so ("cuda: libcuda.so.1 not found:
// this machine has no NVIDIA driver"), never a crash. Like package runtime it depends on the
// artifact format and the weights readers only, never on the compiler.
//
// # Loading
//
// Open validates the manifest (files, kernel table, program), creates a context on the chosen
// GPU and loads kernels.ptx with cuModuleLoadDataEx: the driver compiles the PTX (sm_80 by
// default, which runs on Ampere and Hopper) for the GPU at hand and its error log is part of
// any failure. Every kernel is resolved by its symbol, and kernels that use more than 48 KiB of
// dynamic shared memory get cuFuncSetAttribute's opt-in. Bind uploads the weights the program
// reads, once: checkpoint tensors as stored (bf16 stays bf16), derived weights (add1, concat,
// rope_table) built on the host and uploaded. BindRandom draws random weights instead.
//
// # Steps
//
// A Session owns the KV cache (per slot, keys and values f32 [capacity, width]), the activation
// arena (ArenaBytesPerToken·T bytes) and the row arena (ArenaBytesPerRow·R bytes), each grown
// to the largest step, and an argument table in device
// memory. Step(tokens, r) evaluates every launch's buffer addresses and integer arguments for
// T, R, P and the capacity into one host array, copies it to the table with one cuMemcpyHtoD,
// then launches each kernel as
//
//	kernel(&table[off], &table[off+len(bufs)], 0, split)   on ⌈split/Grain⌉ blocks of Kernel.Block threads
//
// with Kernel.SharedBytes of dynamic shared memory, all on the default stream, so the launches
// run in program order without host synchronisation. Only the logits of the last R rows are
// copied back (cuMemcpyDtoH, which waits for the launches); StepArgmax instead runs the
// artifact's argmax kernel and copies back R token ids. CUDA events around the launches give
// the step's GPU time (StepTime).
//
// A context is current per OS thread, so every driver call runs with the goroutine locked to
// its thread and the model's context made current, one call sequence at a time per Model.
package cuda
