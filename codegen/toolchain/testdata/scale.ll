; A GPU kernel for toolchain tests: x[i] = sqrt(x[i] * a) for i < n, one thread per element.
source_filename = "scale.ll"
target triple = "nvptx64-nvidia-cuda"

define void @mtc_g_scale(float* %x, float %a, i32 %n) {
entry:
  %tid = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %ctaid = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %ntid = call i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
  %base = mul i32 %ctaid, %ntid
  %i = add i32 %base, %tid
  %in = icmp slt i32 %i, %n
  br i1 %in, label %body, label %exit

body:
  %i64 = sext i32 %i to i64
  %p = getelementptr float, float* %x, i64 %i64
  %v = load float, float* %p
  %m = fmul float %v, %a
  %r = call float @llvm.sqrt.f32(float %m)
  store float %r, float* %p
  br label %exit

exit:
  ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
declare i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
declare float @llvm.sqrt.f32(float)

!nvvm.annotations = !{!0}
!0 = !{void (float*, float, i32)* @mtc_g_scale, !"kernel", i32 1}
