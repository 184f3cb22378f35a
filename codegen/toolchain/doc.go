// Package toolchain finds and runs the LLVM 14 tools that turn mtc's LLVM IR into machine code:
// opt and llc for a CPU shared object (plus a system linker) and for NVPTX assembly (PTX). It
// also describes CPUs to LLVM: the host's name and features, or a user's --cpu and
// --cpu-features choice, checked against what LLVM 14 knows.
//
// # Finding the tools
//
// Find looks for opt and llc as opt-14/llc-14 on PATH, then in /usr/lib/llvm-14/bin, then as
// plain opt/llc on PATH, and accepts a program only when its --version output says LLVM 14.x.
// Options carries explicit paths instead (cmd/mtc fills it from flags; this package reads no
// environment variables). A missing or wrong tool is an error that says what to install.
//
// A shared object needs a linker. Find prefers ld.lld (ld.lld-14, /usr/lib/llvm-14/bin/ld.lld,
// ld.lld), given the system's libm.so.6 and libc.so.6 as inputs, and otherwise uses the C
// compiler driver (cc, gcc, clang) as "cc -shared ... -lm". Kernels call no libc of their own,
// but LLVM lowers some intrinsics to library calls (llvm.exp.f32 to expf, zeroing loops to
// memset), so the object is linked against libm and libc with --as-needed, which records a
// DT_NEEDED entry only for the libraries actually used, and with -z defs, so a symbol that no
// library provides is a compile-time error rather than a dlopen failure on the user's machine.
// (One such symbol: LLVM 14 lowers half-precision conversions on x86 CPUs without F16C to
// __gnu_h2f_ieee and __gnu_f2h_ieee, which neither libgcc nor glibc provides; the error says so.)
//
// # Running them
//
// CompileSharedObject runs
//
//	opt -mtriple=T -data-layout=DL -mcpu=C -mattr=A -passes=default<O3> kernels.ll -o opt.bc
//	llc -mtriple=T -mcpu=C -mattr=A -O3 -filetype=obj -relocation-model=pic opt.bc -o kernels.o
//	cc -shared -Wl,-z,defs ... kernels.o -lm -o kernels.so     (or ld.lld -shared -z defs ...)
//
// in a fresh temporary folder (never the user's), then copies the result to the requested path
// atomically (temporary file in the same folder, then rename). -passes=default<O3> is the new
// pass manager's spelling; LLVM 14's opt also accepts the legacy -O3 and runs the same
// pipeline. -data-layout and -mtriple override what the module says, so the optimiser sees the
// real target even when the IR names none. CompilePTX runs the same two LLVM steps for
// nvptx64-nvidia-cuda and returns the PTX text; Verify runs opt -verify. Every command gets a
// context, and a failure is a *ToolError carrying the command line, the tool's trimmed stderr
// and, when the tool named a line and column of the input, that place as a *diag.Error.
//
// # CPUs and features
//
// The LLVM CPU and feature names LLVM 14 knows come from "llc -mcpu=help" (cached per
// Toolchain and target). HostCPU names the host by the "Host CPU:" line of llc --version and
// pins every feature internal/cpufeat can detect to what the host has, so a virtual machine
// that hides AVX-512 from a CPU model that normally has it still gets code it can run.
//
// A CPU's Features lists the detectable features it lets LLVM use; the runtime compares it with
// the host's features (Missing) before loading kernels. LLVM 14 has no command that prints the
// features a -mcpu name implies, so they are measured with LLVM's own inliner: a function
// compiled for the CPU calls, for each candidate feature F, an empty function that additionally
// enables F. LLVM inlines a call only when the callee's features are a subset of the caller's
// (TargetTransformInfo::areInlineCompatible), so F is part of the CPU exactly when the call
// disappears under "opt -passes=cgscc(inline)". One opt run answers for every feature, and a
// test checks that each feature in the table switches on and off on its own.
package toolchain
