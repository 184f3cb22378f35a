
; double mtc_stream_read(const float *p, int64_t n): the sum of the n floats at p.
define double @mtc_stream_read(float* %p, i64 %n) {
entry:
  %any = icmp sgt i64 %n, 0
  br i1 %any, label %loop, label %exit

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %s = phi double [ 0.0, %entry ], [ %s.next, %loop ]
  %ip = getelementptr float, float* %p, i64 %i
  %f = load float, float* %ip
  %d = fpext float %f to double
  %s.next = fadd double %s, %d
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %loop, label %exit

exit:
  %sum = phi double [ 0.0, %entry ], [ %s.next, %loop ]
  ret double %sum
}

; double mtc_fma_peak(int64_t iters): 4 independent multiply-adds per iteration (as
; separate multiplies and adds: generic x86-64 has no FMA instruction); returns a value
; that depends on every round. mtc_fma_flops_per_iter gives the FLOPs of one round (8).
define double @mtc_fma_peak(i64 %iters) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %a = phi double [ 1.0, %entry ], [ %a.next, %loop ]
  %b = phi double [ 2.0, %entry ], [ %b.next, %loop ]
  %c = phi double [ 3.0, %entry ], [ %c.next, %loop ]
  %d = phi double [ 4.0, %entry ], [ %d.next, %loop ]
  %a.m = fmul double %a, 0.999
  %a.next = fadd double %a.m, 0.001
  %b.m = fmul double %b, 0.999
  %b.next = fadd double %b.m, 0.001
  %c.m = fmul double %c, 0.999
  %c.next = fadd double %c.m, 0.001
  %d.m = fmul double %d, 0.999
  %d.next = fadd double %d.m, 0.001
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %iters
  br i1 %more, label %loop, label %exit

exit:
  %ab = fadd double %a.next, %b.next
  %cd = fadd double %c.next, %d.next
  %all = fadd double %ab, %cd
  store volatile double %all, double* @sink
  ret double %all
}

define i64 @mtc_fma_flops_per_iter() {
entry:
  ret i64 8
}
