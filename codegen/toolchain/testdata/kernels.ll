; Three CPU kernels with mtc's kernel ABI,
;   void mtc_k_<name>(void **bufs, const int64_t *ints, int64_t begin, int64_t end),
; for toolchain tests. bufs[0] = x, bufs[1] = y, bufs[2] = out, all float.
source_filename = "kernels.ll"

; out[i] = fma(x[i], y[i], out[i]) for i in [begin, end): 16 lanes at a time, then a scalar tail.
define void @mtc_k_fma16(i8** noalias %bufs, i64* noalias %ints, i64 %begin, i64 %end) {
entry:
  %xp = getelementptr i8*, i8** %bufs, i64 0
  %yp = getelementptr i8*, i8** %bufs, i64 1
  %op = getelementptr i8*, i8** %bufs, i64 2
  %xr = load i8*, i8** %xp
  %yr = load i8*, i8** %yp
  %or = load i8*, i8** %op
  %x = bitcast i8* %xr to float*
  %y = bitcast i8* %yr to float*
  %o = bitcast i8* %or to float*
  br label %vhead

vhead:
  %i = phi i64 [ %begin, %entry ], [ %inext, %vbody ]
  %inext = add i64 %i, 16
  %vfits = icmp sle i64 %inext, %end
  br i1 %vfits, label %vbody, label %shead

vbody:
  %xa = getelementptr float, float* %x, i64 %i
  %ya = getelementptr float, float* %y, i64 %i
  %oa = getelementptr float, float* %o, i64 %i
  %xv = bitcast float* %xa to <16 x float>*
  %yv = bitcast float* %ya to <16 x float>*
  %ov = bitcast float* %oa to <16 x float>*
  %a = load <16 x float>, <16 x float>* %xv, align 4
  %b = load <16 x float>, <16 x float>* %yv, align 4
  %c = load <16 x float>, <16 x float>* %ov, align 4
  %r = call <16 x float> @llvm.fma.v16f32(<16 x float> %a, <16 x float> %b, <16 x float> %c)
  store <16 x float> %r, <16 x float>* %ov, align 4
  br label %vhead

shead:
  %j = phi i64 [ %i, %vhead ], [ %jnext, %sbody ]
  %more = icmp slt i64 %j, %end
  br i1 %more, label %sbody, label %exit

sbody:
  %xs = getelementptr float, float* %x, i64 %j
  %ys = getelementptr float, float* %y, i64 %j
  %os = getelementptr float, float* %o, i64 %j
  %sa = load float, float* %xs
  %sb = load float, float* %ys
  %sc = load float, float* %os
  %sr = call float @llvm.fma.f32(float %sa, float %sb, float %sc)
  store float %sr, float* %os
  %jnext = add i64 %j, 1
  br label %shead

exit:
  ret void
}

; out[i] = exp(x[i]): LLVM lowers llvm.exp to calls to libm's expf.
define void @mtc_k_exp(i8** noalias %bufs, i64* noalias %ints, i64 %begin, i64 %end) {
entry:
  %xp = getelementptr i8*, i8** %bufs, i64 0
  %op = getelementptr i8*, i8** %bufs, i64 2
  %xr = load i8*, i8** %xp
  %or = load i8*, i8** %op
  %x = bitcast i8* %xr to float*
  %o = bitcast i8* %or to float*
  %any = icmp slt i64 %begin, %end
  br i1 %any, label %body, label %exit

body:
  %i = phi i64 [ %begin, %entry ], [ %inext, %body ]
  %xa = getelementptr float, float* %x, i64 %i
  %oa = getelementptr float, float* %o, i64 %i
  %v = load float, float* %xa
  %e = call float @llvm.exp.f32(float %v)
  store float %e, float* %oa
  %inext = add i64 %i, 1
  %more = icmp slt i64 %inext, %end
  br i1 %more, label %body, label %exit

exit:
  ret void
}

; out[i] = 0: LLVM turns the loop into a call to libc's memset.
define void @mtc_k_zero(i8** noalias %bufs, i64* noalias %ints, i64 %begin, i64 %end) {
entry:
  %op = getelementptr i8*, i8** %bufs, i64 2
  %or = load i8*, i8** %op
  %o = bitcast i8* %or to float*
  %any = icmp slt i64 %begin, %end
  br i1 %any, label %body, label %exit

body:
  %i = phi i64 [ %begin, %entry ], [ %inext, %body ]
  %oa = getelementptr float, float* %o, i64 %i
  store float 0.0, float* %oa
  %inext = add i64 %i, 1
  %more = icmp slt i64 %inext, %end
  br i1 %more, label %body, label %exit

exit:
  ret void
}

declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare float @llvm.fma.f32(float, float, float)
declare float @llvm.exp.f32(float)
