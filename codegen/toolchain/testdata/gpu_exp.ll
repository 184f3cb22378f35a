; llvm.exp.f32 has no NVPTX lowering in LLVM 14: llc asks for expf, which GPUs lack.
target triple = "nvptx64-nvidia-cuda"

define void @mtc_g_exp(float* %x) {
  %v = load float, float* %x
  %e = call float @llvm.exp.f32(float %v)
  store float %e, float* %x
  ret void
}

declare float @llvm.exp.f32(float)

!nvvm.annotations = !{!0}
!0 = !{void (float*)* @mtc_g_exp, !"kernel", i32 1}
