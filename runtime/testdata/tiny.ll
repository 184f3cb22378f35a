; A hand-written kernel library for the runtime's tests: a toy model whose launch program is
;   embed:  x[t,:]   = E[tok[t],:]                                  split T
;   mix:    y[t,j]   = x[t,j]·g[j] + rope[P+t, j mod rot]            split T
;           K[P+t,j] = y[t,j],  V[P+t,j] = 2·y[t,j]
;   logits: out[r,v] = Σ_j mean_{p<n(r)}(K[p,j]+V[p,j]) · W[v,j]     split vocab
;           with n(r) = P+T-R+r+1 (the positions row r attends to)
; and the bench helpers mtc_stream_read and mtc_fma_peak. ABI of a kernel:
;   void sym(void **bufs, const int64_t *ints, int64_t begin, int64_t end)

@sink = global double 0.0

define void @mtc_k_embed(i8** %bufs, i64* %ints, i64 %begin, i64 %end) {
entry:
  %b0 = load i8*, i8** %bufs
  %tok = bitcast i8* %b0 to i32*
  %b1p = getelementptr i8*, i8** %bufs, i64 1
  %b1 = load i8*, i8** %b1p
  %E = bitcast i8* %b1 to float*
  %b2p = getelementptr i8*, i8** %bufs, i64 2
  %b2 = load i8*, i8** %b2p
  %x = bitcast i8* %b2 to float*
  %H = load i64, i64* %ints
  br label %rows

rows:
  %t = phi i64 [ %begin, %entry ], [ %t.next, %cols.done ]
  %rows.more = icmp slt i64 %t, %end
  br i1 %rows.more, label %row, label %exit

row:
  %tp = getelementptr i32, i32* %tok, i64 %t
  %id32 = load i32, i32* %tp
  %id = sext i32 %id32 to i64
  %src = mul i64 %id, %H
  %dst = mul i64 %t, %H
  br label %cols

cols:
  %j = phi i64 [ 0, %row ], [ %j.next, %cols ]
  %si = add i64 %src, %j
  %sp = getelementptr float, float* %E, i64 %si
  %v = load float, float* %sp
  %di = add i64 %dst, %j
  %dp = getelementptr float, float* %x, i64 %di
  store float %v, float* %dp
  %j.next = add i64 %j, 1
  %cols.more = icmp slt i64 %j.next, %H
  br i1 %cols.more, label %cols, label %cols.done

cols.done:
  %t.next = add i64 %t, 1
  br label %rows

exit:
  ret void
}

; bufs: x, g, rope, K, V, y   ints: H, P, rot
define void @mtc_k_mix(i8** %bufs, i64* %ints, i64 %begin, i64 %end) {
entry:
  %b0 = load i8*, i8** %bufs
  %x = bitcast i8* %b0 to float*
  %b1p = getelementptr i8*, i8** %bufs, i64 1
  %b1 = load i8*, i8** %b1p
  %g = bitcast i8* %b1 to float*
  %b2p = getelementptr i8*, i8** %bufs, i64 2
  %b2 = load i8*, i8** %b2p
  %rope = bitcast i8* %b2 to float*
  %b3p = getelementptr i8*, i8** %bufs, i64 3
  %b3 = load i8*, i8** %b3p
  %K = bitcast i8* %b3 to float*
  %b4p = getelementptr i8*, i8** %bufs, i64 4
  %b4 = load i8*, i8** %b4p
  %V = bitcast i8* %b4 to float*
  %b5p = getelementptr i8*, i8** %bufs, i64 5
  %b5 = load i8*, i8** %b5p
  %y = bitcast i8* %b5 to float*
  %H = load i64, i64* %ints
  %i1 = getelementptr i64, i64* %ints, i64 1
  %P = load i64, i64* %i1
  %i2 = getelementptr i64, i64* %ints, i64 2
  %rot = load i64, i64* %i2
  br label %rows

rows:
  %t = phi i64 [ %begin, %entry ], [ %t.next, %cols.done ]
  %rows.more = icmp slt i64 %t, %end
  br i1 %rows.more, label %row, label %exit

row:
  %pos = add i64 %P, %t
  %xo = mul i64 %t, %H
  %ko = mul i64 %pos, %H
  %ro = mul i64 %pos, %rot
  br label %cols

cols:
  %j = phi i64 [ 0, %row ], [ %j.next, %cols ]
  %xi = add i64 %xo, %j
  %xp = getelementptr float, float* %x, i64 %xi
  %xv = load float, float* %xp
  %gp = getelementptr float, float* %g, i64 %j
  %gv = load float, float* %gp
  %jm = urem i64 %j, %rot
  %ri = add i64 %ro, %jm
  %rp = getelementptr float, float* %rope, i64 %ri
  %rv = load float, float* %rp
  %prod = fmul float %xv, %gv
  %yv = fadd float %prod, %rv
  %yp = getelementptr float, float* %y, i64 %xi
  store float %yv, float* %yp
  %ki = add i64 %ko, %j
  %kp = getelementptr float, float* %K, i64 %ki
  store float %yv, float* %kp
  %y2 = fmul float %yv, 2.0
  %vp = getelementptr float, float* %V, i64 %ki
  store float %y2, float* %vp
  %j.next = add i64 %j, 1
  %cols.more = icmp slt i64 %j.next, %H
  br i1 %cols.more, label %cols, label %cols.done

cols.done:
  %t.next = add i64 %t, 1
  br label %rows

exit:
  ret void
}

; bufs: K, V, W, out   ints: H, vocab, T, R, P
define void @mtc_k_logits(i8** %bufs, i64* %ints, i64 %begin, i64 %end) {
entry:
  %b0 = load i8*, i8** %bufs
  %K = bitcast i8* %b0 to float*
  %b1p = getelementptr i8*, i8** %bufs, i64 1
  %b1 = load i8*, i8** %b1p
  %V = bitcast i8* %b1 to float*
  %b2p = getelementptr i8*, i8** %bufs, i64 2
  %b2 = load i8*, i8** %b2p
  %W = bitcast i8* %b2 to float*
  %b3p = getelementptr i8*, i8** %bufs, i64 3
  %b3 = load i8*, i8** %b3p
  %out = bitcast i8* %b3 to float*
  %H = load i64, i64* %ints
  %i1 = getelementptr i64, i64* %ints, i64 1
  %vocab = load i64, i64* %i1
  %i2 = getelementptr i64, i64* %ints, i64 2
  %T = load i64, i64* %i2
  %i3 = getelementptr i64, i64* %ints, i64 3
  %R = load i64, i64* %i3
  %i4 = getelementptr i64, i64* %ints, i64 4
  %P = load i64, i64* %i4
  %first = sub i64 %T, %R
  %n0 = add i64 %P, %first
  br label %vloop

vloop:
  %v = phi i64 [ %begin, %entry ], [ %v.next, %rdone ]
  %v.more = icmp slt i64 %v, %end
  br i1 %v.more, label %vbody, label %exit

vbody:
  %wo = mul i64 %v, %H
  br label %rloop

rloop:
  %r = phi i64 [ 0, %vbody ], [ %r.next, %jdone ]
  %r.more = icmp slt i64 %r, %R
  br i1 %r.more, label %rbody, label %rdone

rbody:
  %nr = add i64 %n0, %r
  %n = add i64 %nr, 1
  %nf = sitofp i64 %n to float
  br label %jloop

jloop:
  %j = phi i64 [ 0, %rbody ], [ %j.next, %pdone ]
  %acc = phi float [ 0.0, %rbody ], [ %acc.next, %pdone ]
  %j.more = icmp slt i64 %j, %H
  br i1 %j.more, label %ploop, label %jdone

ploop:
  %p = phi i64 [ 0, %jloop ], [ %p.next, %ploop ]
  %c = phi float [ 0.0, %jloop ], [ %c.next, %ploop ]
  %po = mul i64 %p, %H
  %pi = add i64 %po, %j
  %kp = getelementptr float, float* %K, i64 %pi
  %kv = load float, float* %kp
  %vp = getelementptr float, float* %V, i64 %pi
  %vv = load float, float* %vp
  %kvsum = fadd float %kv, %vv
  %c.next = fadd float %c, %kvsum
  %p.next = add i64 %p, 1
  %p.more = icmp slt i64 %p.next, %n
  br i1 %p.more, label %ploop, label %pdone

pdone:
  %mean = fdiv float %c.next, %nf
  %wi = add i64 %wo, %j
  %wp = getelementptr float, float* %W, i64 %wi
  %wv = load float, float* %wp
  %term = fmul float %mean, %wv
  %acc.next = fadd float %acc, %term
  %j.next = add i64 %j, 1
  br label %jloop

jdone:
  %oo = mul i64 %r, %vocab
  %oi = add i64 %oo, %v
  %op = getelementptr float, float* %out, i64 %oi
  store float %acc, float* %op
  %r.next = add i64 %r, 1
  br label %rloop

rdone:
  %v.next = add i64 %v, 1
  br label %vloop

exit:
  ret void
}
