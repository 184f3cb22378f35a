source_filename = "mtc"
target triple = "x86_64-unknown-linux-gnu"

define void @mtc_k_embed_bf16_v32_h24(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to i32*
	%6 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%7 = load i8*, i8** %6, align 8
	%8 = bitcast i8* %7 to i16*
	br label %loop1

loop1:
	%9 = phi i64 [ %begin, %entry ], [ %35, %join4 ]
	%10 = icmp slt i64 %9, %end
	br i1 %10, label %body2, label %done12

body2:
	%11 = mul i64 %9, 24
	%12 = getelementptr inbounds float, float* %2, i64 %11
	%13 = getelementptr inbounds i32, i32* %5, i64 %9
	%14 = load i32, i32* %13, align 4
	%15 = sext i32 %14 to i64
	%16 = icmp ult i64 %15, 32
	br i1 %16, label %then3, label %else5

then3:
	%17 = mul i64 %15, 24
	%18 = getelementptr inbounds i16, i16* %8, i64 %17
	br label %loop6

else5:
	br label %loop9

loop6:
	%19 = phi i64 [ 0, %then3 ], [ %29, %body7 ]
	%20 = icmp slt i64 %19, 24
	br i1 %20, label %body7, label %done8

body7:
	%21 = getelementptr inbounds i16, i16* %18, i64 %19
	%22 = bitcast i16* %21 to <8 x i16>*
	%23 = load <8 x i16>, <8 x i16>* %22, align 2
	%24 = zext <8 x i16> %23 to <8 x i32>
	%25 = shl <8 x i32> %24, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%26 = bitcast <8 x i32> %25 to <8 x float>
	%27 = getelementptr inbounds float, float* %12, i64 %19
	%28 = bitcast float* %27 to <8 x float>*
	store <8 x float> %26, <8 x float>* %28, align 4
	%29 = add i64 %19, 8
	br label %loop6

done8:
	br label %join4

loop9:
	%30 = phi i64 [ 0, %else5 ], [ %34, %body10 ]
	%31 = icmp slt i64 %30, 24
	br i1 %31, label %body10, label %done11

body10:
	%32 = getelementptr inbounds float, float* %12, i64 %30
	%33 = bitcast float* %32 to <8 x float>*
	store <8 x float> <float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000>, <8 x float>* %33, align 4
	%34 = add i64 %30, 8
	br label %loop9

done11:
	br label %join4

join4:
	%35 = add i64 %9, 1
	br label %loop1

done12:
	ret void
}

define void @mtc_k_layernorm_gf32_bbf16_h24_eps1em05(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to float*
	%6 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%7 = load i8*, i8** %6, align 8
	%8 = bitcast i8* %7 to float*
	%9 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%10 = load i8*, i8** %9, align 8
	%11 = bitcast i8* %10 to i16*
	br label %loop1

loop1:
	%12 = phi i64 [ %begin, %entry ], [ %84, %done11 ]
	%13 = icmp slt i64 %12, %end
	br i1 %13, label %body2, label %done12

body2:
	%14 = mul i64 %12, 24
	%15 = getelementptr inbounds float, float* %5, i64 %14
	%16 = mul i64 %12, 24
	%17 = getelementptr inbounds float, float* %2, i64 %16
	br label %loop3

loop3:
	%18 = phi i64 [ 0, %body2 ], [ %25, %body4 ]
	%19 = phi <8 x float> [ zeroinitializer, %body2 ], [ %24, %body4 ]
	%20 = icmp slt i64 %18, 24
	br i1 %20, label %body4, label %done5

body4:
	%21 = getelementptr inbounds float, float* %15, i64 %18
	%22 = bitcast float* %21 to <8 x float>*
	%23 = load <8 x float>, <8 x float>* %22, align 4
	%24 = fadd <8 x float> %19, %23
	%25 = add i64 %18, 8
	br label %loop3

done5:
	%26 = shufflevector <8 x float> %19, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%27 = shufflevector <8 x float> %19, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%28 = fadd <4 x float> %26, %27
	%29 = shufflevector <4 x float> %28, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%30 = shufflevector <4 x float> %28, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%31 = fadd <2 x float> %29, %30
	%32 = shufflevector <2 x float> %31, <2 x float> undef, <1 x i32> <i32 0>
	%33 = shufflevector <2 x float> %31, <2 x float> undef, <1 x i32> <i32 1>
	%34 = fadd <1 x float> %32, %33
	%35 = extractelement <1 x float> %34, i64 0
	%36 = fmul float %35, 0x3FA5555560000000
	%37 = insertelement <8 x float> undef, float %36, i64 0
	%38 = shufflevector <8 x float> %37, <8 x float> undef, <8 x i32> zeroinitializer
	br label %loop6

loop6:
	%39 = phi i64 [ 0, %done5 ], [ %47, %body7 ]
	%40 = phi <8 x float> [ zeroinitializer, %done5 ], [ %46, %body7 ]
	%41 = icmp slt i64 %39, 24
	br i1 %41, label %body7, label %done8

body7:
	%42 = getelementptr inbounds float, float* %15, i64 %39
	%43 = bitcast float* %42 to <8 x float>*
	%44 = load <8 x float>, <8 x float>* %43, align 4
	%45 = fsub <8 x float> %44, %38
	%46 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %45, <8 x float> %45, <8 x float> %40)
	%47 = add i64 %39, 8
	br label %loop6

done8:
	%48 = shufflevector <8 x float> %40, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%49 = shufflevector <8 x float> %40, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%50 = fadd <4 x float> %48, %49
	%51 = shufflevector <4 x float> %50, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%52 = shufflevector <4 x float> %50, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%53 = fadd <2 x float> %51, %52
	%54 = shufflevector <2 x float> %53, <2 x float> undef, <1 x i32> <i32 0>
	%55 = shufflevector <2 x float> %53, <2 x float> undef, <1 x i32> <i32 1>
	%56 = fadd <1 x float> %54, %55
	%57 = extractelement <1 x float> %56, i64 0
	%58 = fmul float %57, 0x3FA5555560000000
	%59 = fadd float %58, 0x3EE4F8B580000000
	%60 = call float @llvm.sqrt.f32(float %59)
	%61 = fdiv float 1.0, %60
	%62 = insertelement <8 x float> undef, float %61, i64 0
	%63 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
	br label %loop9

loop9:
	%64 = phi i64 [ 0, %done8 ], [ %83, %body10 ]
	%65 = icmp slt i64 %64, 24
	br i1 %65, label %body10, label %done11

body10:
	%66 = getelementptr inbounds float, float* %8, i64 %64
	%67 = bitcast float* %66 to <8 x float>*
	%68 = load <8 x float>, <8 x float>* %67, align 4
	%69 = getelementptr inbounds i16, i16* %11, i64 %64
	%70 = bitcast i16* %69 to <8 x i16>*
	%71 = load <8 x i16>, <8 x i16>* %70, align 2
	%72 = zext <8 x i16> %71 to <8 x i32>
	%73 = shl <8 x i32> %72, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%74 = bitcast <8 x i32> %73 to <8 x float>
	%75 = getelementptr inbounds float, float* %15, i64 %64
	%76 = bitcast float* %75 to <8 x float>*
	%77 = load <8 x float>, <8 x float>* %76, align 4
	%78 = fsub <8 x float> %77, %38
	%79 = fmul <8 x float> %78, %63
	%80 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %79, <8 x float> %68, <8 x float> %74)
	%81 = getelementptr inbounds float, float* %17, i64 %64
	%82 = bitcast float* %81 to <8 x float>*
	store <8 x float> %80, <8 x float>* %82, align 4
	%83 = add i64 %64, 8
	br label %loop9

done11:
	%84 = add i64 %12, 1
	br label %loop1

done12:
	ret void
}

declare <8 x float> @llvm.fmuladd.v8f32(<8 x float> %0, <8 x float> %1, <8 x float> %2)

declare float @llvm.sqrt.f32(float %0)

define void @mtc_k_matmul_rope_bf16_k24_n64_h6_d8_r4(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to float*
	%6 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%7 = load i8*, i8** %6, align 8
	%8 = bitcast i8* %7 to i16*
	%9 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%10 = load i8*, i8** %9, align 8
	%11 = bitcast i8* %10 to float*
	%12 = getelementptr inbounds i64, i64* %ints, i64 0
	%13 = load i64, i64* %12, align 8
	%14 = getelementptr inbounds i64, i64* %ints, i64 1
	%15 = load i64, i64* %14, align 8
	%16 = add i64 %begin, 7
	%17 = sdiv i64 %16, 8
	%18 = add i64 %end, 7
	%19 = sdiv i64 %18, 8
	br label %loop1

loop1:
	%20 = phi i64 [ %17, %entry ], [ %455, %join34 ]
	%21 = icmp slt i64 %20, %19
	br i1 %21, label %body2, label %done38

body2:
	%22 = mul i64 %20, 8
	%23 = add i64 %22, 8
	%24 = icmp slt i64 %23, 64
	%25 = select i1 %24, i64 %23, i64 64
	%26 = sub i64 %25, %22
	%27 = sdiv i64 %26, 2
	%28 = mul i64 %27, 2
	%29 = add i64 %22, %28
	br label %loop3

loop3:
	%30 = phi i64 [ %22, %body2 ], [ %272, %done16 ]
	%31 = icmp slt i64 %30, %29
	br i1 %31, label %body4, label %done17

body4:
	%32 = sdiv i64 %13, 4
	%33 = mul i64 %32, 4
	br label %loop5

loop5:
	%34 = phi i64 [ 0, %body4 ], [ %209, %done9 ]
	%35 = icmp slt i64 %34, %33
	br i1 %35, label %body6, label %done10

body6:
	%36 = add i64 %30, 0
	%37 = mul i64 %36, 24
	%38 = getelementptr inbounds i16, i16* %8, i64 %37
	%39 = add i64 %30, 1
	%40 = mul i64 %39, 24
	%41 = getelementptr inbounds i16, i16* %8, i64 %40
	%42 = add i64 %34, 0
	%43 = mul i64 %42, 24
	%44 = getelementptr inbounds float, float* %5, i64 %43
	%45 = add i64 %34, 1
	%46 = mul i64 %45, 24
	%47 = getelementptr inbounds float, float* %5, i64 %46
	%48 = add i64 %34, 2
	%49 = mul i64 %48, 24
	%50 = getelementptr inbounds float, float* %5, i64 %49
	%51 = add i64 %34, 3
	%52 = mul i64 %51, 24
	%53 = getelementptr inbounds float, float* %5, i64 %52
	br label %loop7

loop7:
	%54 = phi i64 [ 0, %body6 ], [ %96, %body8 ]
	%55 = phi <8 x float> [ zeroinitializer, %body6 ], [ %79, %body8 ]
	%56 = phi <8 x float> [ zeroinitializer, %body6 ], [ %80, %body8 ]
	%57 = phi <8 x float> [ zeroinitializer, %body6 ], [ %84, %body8 ]
	%58 = phi <8 x float> [ zeroinitializer, %body6 ], [ %85, %body8 ]
	%59 = phi <8 x float> [ zeroinitializer, %body6 ], [ %89, %body8 ]
	%60 = phi <8 x float> [ zeroinitializer, %body6 ], [ %90, %body8 ]
	%61 = phi <8 x float> [ zeroinitializer, %body6 ], [ %94, %body8 ]
	%62 = phi <8 x float> [ zeroinitializer, %body6 ], [ %95, %body8 ]
	%63 = icmp slt i64 %54, 24
	br i1 %63, label %body8, label %done9

body8:
	%64 = getelementptr inbounds i16, i16* %38, i64 %54
	%65 = bitcast i16* %64 to <8 x i16>*
	%66 = load <8 x i16>, <8 x i16>* %65, align 2
	%67 = zext <8 x i16> %66 to <8 x i32>
	%68 = shl <8 x i32> %67, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%69 = bitcast <8 x i32> %68 to <8 x float>
	%70 = getelementptr inbounds i16, i16* %41, i64 %54
	%71 = bitcast i16* %70 to <8 x i16>*
	%72 = load <8 x i16>, <8 x i16>* %71, align 2
	%73 = zext <8 x i16> %72 to <8 x i32>
	%74 = shl <8 x i32> %73, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%75 = bitcast <8 x i32> %74 to <8 x float>
	%76 = getelementptr inbounds float, float* %44, i64 %54
	%77 = bitcast float* %76 to <8 x float>*
	%78 = load <8 x float>, <8 x float>* %77, align 4
	%79 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %78, <8 x float> %69, <8 x float> %55)
	%80 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %78, <8 x float> %75, <8 x float> %56)
	%81 = getelementptr inbounds float, float* %47, i64 %54
	%82 = bitcast float* %81 to <8 x float>*
	%83 = load <8 x float>, <8 x float>* %82, align 4
	%84 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %83, <8 x float> %69, <8 x float> %57)
	%85 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %83, <8 x float> %75, <8 x float> %58)
	%86 = getelementptr inbounds float, float* %50, i64 %54
	%87 = bitcast float* %86 to <8 x float>*
	%88 = load <8 x float>, <8 x float>* %87, align 4
	%89 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %88, <8 x float> %69, <8 x float> %59)
	%90 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %88, <8 x float> %75, <8 x float> %60)
	%91 = getelementptr inbounds float, float* %53, i64 %54
	%92 = bitcast float* %91 to <8 x float>*
	%93 = load <8 x float>, <8 x float>* %92, align 4
	%94 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %93, <8 x float> %69, <8 x float> %61)
	%95 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %93, <8 x float> %75, <8 x float> %62)
	%96 = add i64 %54, 8
	br label %loop7

done9:
	%97 = add i64 %34, 0
	%98 = mul i64 %97, 64
	%99 = add i64 %30, 0
	%100 = add i64 %98, %99
	%101 = shufflevector <8 x float> %55, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%102 = shufflevector <8 x float> %55, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%103 = fadd <4 x float> %101, %102
	%104 = shufflevector <4 x float> %103, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%105 = shufflevector <4 x float> %103, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%106 = fadd <2 x float> %104, %105
	%107 = shufflevector <2 x float> %106, <2 x float> undef, <1 x i32> <i32 0>
	%108 = shufflevector <2 x float> %106, <2 x float> undef, <1 x i32> <i32 1>
	%109 = fadd <1 x float> %107, %108
	%110 = extractelement <1 x float> %109, i64 0
	%111 = getelementptr inbounds float, float* %2, i64 %100
	store float %110, float* %111, align 4
	%112 = add i64 %30, 1
	%113 = add i64 %98, %112
	%114 = shufflevector <8 x float> %56, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%115 = shufflevector <8 x float> %56, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%116 = fadd <4 x float> %114, %115
	%117 = shufflevector <4 x float> %116, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%118 = shufflevector <4 x float> %116, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%119 = fadd <2 x float> %117, %118
	%120 = shufflevector <2 x float> %119, <2 x float> undef, <1 x i32> <i32 0>
	%121 = shufflevector <2 x float> %119, <2 x float> undef, <1 x i32> <i32 1>
	%122 = fadd <1 x float> %120, %121
	%123 = extractelement <1 x float> %122, i64 0
	%124 = getelementptr inbounds float, float* %2, i64 %113
	store float %123, float* %124, align 4
	%125 = add i64 %34, 1
	%126 = mul i64 %125, 64
	%127 = add i64 %30, 0
	%128 = add i64 %126, %127
	%129 = shufflevector <8 x float> %57, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%130 = shufflevector <8 x float> %57, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%131 = fadd <4 x float> %129, %130
	%132 = shufflevector <4 x float> %131, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%133 = shufflevector <4 x float> %131, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%134 = fadd <2 x float> %132, %133
	%135 = shufflevector <2 x float> %134, <2 x float> undef, <1 x i32> <i32 0>
	%136 = shufflevector <2 x float> %134, <2 x float> undef, <1 x i32> <i32 1>
	%137 = fadd <1 x float> %135, %136
	%138 = extractelement <1 x float> %137, i64 0
	%139 = getelementptr inbounds float, float* %2, i64 %128
	store float %138, float* %139, align 4
	%140 = add i64 %30, 1
	%141 = add i64 %126, %140
	%142 = shufflevector <8 x float> %58, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%143 = shufflevector <8 x float> %58, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%144 = fadd <4 x float> %142, %143
	%145 = shufflevector <4 x float> %144, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%146 = shufflevector <4 x float> %144, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%147 = fadd <2 x float> %145, %146
	%148 = shufflevector <2 x float> %147, <2 x float> undef, <1 x i32> <i32 0>
	%149 = shufflevector <2 x float> %147, <2 x float> undef, <1 x i32> <i32 1>
	%150 = fadd <1 x float> %148, %149
	%151 = extractelement <1 x float> %150, i64 0
	%152 = getelementptr inbounds float, float* %2, i64 %141
	store float %151, float* %152, align 4
	%153 = add i64 %34, 2
	%154 = mul i64 %153, 64
	%155 = add i64 %30, 0
	%156 = add i64 %154, %155
	%157 = shufflevector <8 x float> %59, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%158 = shufflevector <8 x float> %59, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%159 = fadd <4 x float> %157, %158
	%160 = shufflevector <4 x float> %159, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%161 = shufflevector <4 x float> %159, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%162 = fadd <2 x float> %160, %161
	%163 = shufflevector <2 x float> %162, <2 x float> undef, <1 x i32> <i32 0>
	%164 = shufflevector <2 x float> %162, <2 x float> undef, <1 x i32> <i32 1>
	%165 = fadd <1 x float> %163, %164
	%166 = extractelement <1 x float> %165, i64 0
	%167 = getelementptr inbounds float, float* %2, i64 %156
	store float %166, float* %167, align 4
	%168 = add i64 %30, 1
	%169 = add i64 %154, %168
	%170 = shufflevector <8 x float> %60, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%171 = shufflevector <8 x float> %60, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%172 = fadd <4 x float> %170, %171
	%173 = shufflevector <4 x float> %172, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%174 = shufflevector <4 x float> %172, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%175 = fadd <2 x float> %173, %174
	%176 = shufflevector <2 x float> %175, <2 x float> undef, <1 x i32> <i32 0>
	%177 = shufflevector <2 x float> %175, <2 x float> undef, <1 x i32> <i32 1>
	%178 = fadd <1 x float> %176, %177
	%179 = extractelement <1 x float> %178, i64 0
	%180 = getelementptr inbounds float, float* %2, i64 %169
	store float %179, float* %180, align 4
	%181 = add i64 %34, 3
	%182 = mul i64 %181, 64
	%183 = add i64 %30, 0
	%184 = add i64 %182, %183
	%185 = shufflevector <8 x float> %61, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%186 = shufflevector <8 x float> %61, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%187 = fadd <4 x float> %185, %186
	%188 = shufflevector <4 x float> %187, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%189 = shufflevector <4 x float> %187, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%190 = fadd <2 x float> %188, %189
	%191 = shufflevector <2 x float> %190, <2 x float> undef, <1 x i32> <i32 0>
	%192 = shufflevector <2 x float> %190, <2 x float> undef, <1 x i32> <i32 1>
	%193 = fadd <1 x float> %191, %192
	%194 = extractelement <1 x float> %193, i64 0
	%195 = getelementptr inbounds float, float* %2, i64 %184
	store float %194, float* %195, align 4
	%196 = add i64 %30, 1
	%197 = add i64 %182, %196
	%198 = shufflevector <8 x float> %62, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%199 = shufflevector <8 x float> %62, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%200 = fadd <4 x float> %198, %199
	%201 = shufflevector <4 x float> %200, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%202 = shufflevector <4 x float> %200, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%203 = fadd <2 x float> %201, %202
	%204 = shufflevector <2 x float> %203, <2 x float> undef, <1 x i32> <i32 0>
	%205 = shufflevector <2 x float> %203, <2 x float> undef, <1 x i32> <i32 1>
	%206 = fadd <1 x float> %204, %205
	%207 = extractelement <1 x float> %206, i64 0
	%208 = getelementptr inbounds float, float* %2, i64 %197
	store float %207, float* %208, align 4
	%209 = add i64 %34, 4
	br label %loop5

done10:
	br label %loop11

loop11:
	%210 = phi i64 [ %33, %done10 ], [ %271, %done15 ]
	%211 = icmp slt i64 %210, %13
	br i1 %211, label %body12, label %done16

body12:
	%212 = add i64 %30, 0
	%213 = mul i64 %212, 24
	%214 = getelementptr inbounds i16, i16* %8, i64 %213
	%215 = add i64 %30, 1
	%216 = mul i64 %215, 24
	%217 = getelementptr inbounds i16, i16* %8, i64 %216
	%218 = add i64 %210, 0
	%219 = mul i64 %218, 24
	%220 = getelementptr inbounds float, float* %5, i64 %219
	br label %loop13

loop13:
	%221 = phi i64 [ 0, %body12 ], [ %242, %body14 ]
	%222 = phi <8 x float> [ zeroinitializer, %body12 ], [ %240, %body14 ]
	%223 = phi <8 x float> [ zeroinitializer, %body12 ], [ %241, %body14 ]
	%224 = icmp slt i64 %221, 24
	br i1 %224, label %body14, label %done15

body14:
	%225 = getelementptr inbounds i16, i16* %214, i64 %221
	%226 = bitcast i16* %225 to <8 x i16>*
	%227 = load <8 x i16>, <8 x i16>* %226, align 2
	%228 = zext <8 x i16> %227 to <8 x i32>
	%229 = shl <8 x i32> %228, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%230 = bitcast <8 x i32> %229 to <8 x float>
	%231 = getelementptr inbounds i16, i16* %217, i64 %221
	%232 = bitcast i16* %231 to <8 x i16>*
	%233 = load <8 x i16>, <8 x i16>* %232, align 2
	%234 = zext <8 x i16> %233 to <8 x i32>
	%235 = shl <8 x i32> %234, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%236 = bitcast <8 x i32> %235 to <8 x float>
	%237 = getelementptr inbounds float, float* %220, i64 %221
	%238 = bitcast float* %237 to <8 x float>*
	%239 = load <8 x float>, <8 x float>* %238, align 4
	%240 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %239, <8 x float> %230, <8 x float> %222)
	%241 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %239, <8 x float> %236, <8 x float> %223)
	%242 = add i64 %221, 8
	br label %loop13

done15:
	%243 = add i64 %210, 0
	%244 = mul i64 %243, 64
	%245 = add i64 %30, 0
	%246 = add i64 %244, %245
	%247 = shufflevector <8 x float> %222, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%248 = shufflevector <8 x float> %222, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%249 = fadd <4 x float> %247, %248
	%250 = shufflevector <4 x float> %249, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%251 = shufflevector <4 x float> %249, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%252 = fadd <2 x float> %250, %251
	%253 = shufflevector <2 x float> %252, <2 x float> undef, <1 x i32> <i32 0>
	%254 = shufflevector <2 x float> %252, <2 x float> undef, <1 x i32> <i32 1>
	%255 = fadd <1 x float> %253, %254
	%256 = extractelement <1 x float> %255, i64 0
	%257 = getelementptr inbounds float, float* %2, i64 %246
	store float %256, float* %257, align 4
	%258 = add i64 %30, 1
	%259 = add i64 %244, %258
	%260 = shufflevector <8 x float> %223, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%261 = shufflevector <8 x float> %223, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%262 = fadd <4 x float> %260, %261
	%263 = shufflevector <4 x float> %262, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%264 = shufflevector <4 x float> %262, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%265 = fadd <2 x float> %263, %264
	%266 = shufflevector <2 x float> %265, <2 x float> undef, <1 x i32> <i32 0>
	%267 = shufflevector <2 x float> %265, <2 x float> undef, <1 x i32> <i32 1>
	%268 = fadd <1 x float> %266, %267
	%269 = extractelement <1 x float> %268, i64 0
	%270 = getelementptr inbounds float, float* %2, i64 %259
	store float %269, float* %270, align 4
	%271 = add i64 %210, 1
	br label %loop11

done16:
	%272 = add i64 %30, 2
	br label %loop3

done17:
	br label %loop18

loop18:
	%273 = phi i64 [ %29, %done17 ], [ %422, %done31 ]
	%274 = icmp slt i64 %273, %25
	br i1 %274, label %body19, label %done32

body19:
	%275 = sdiv i64 %13, 4
	%276 = mul i64 %275, 4
	br label %loop20

loop20:
	%277 = phi i64 [ 0, %body19 ], [ %383, %done24 ]
	%278 = icmp slt i64 %277, %276
	br i1 %278, label %body21, label %done25

body21:
	%279 = add i64 %273, 0
	%280 = mul i64 %279, 24
	%281 = getelementptr inbounds i16, i16* %8, i64 %280
	%282 = add i64 %277, 0
	%283 = mul i64 %282, 24
	%284 = getelementptr inbounds float, float* %5, i64 %283
	%285 = add i64 %277, 1
	%286 = mul i64 %285, 24
	%287 = getelementptr inbounds float, float* %5, i64 %286
	%288 = add i64 %277, 2
	%289 = mul i64 %288, 24
	%290 = getelementptr inbounds float, float* %5, i64 %289
	%291 = add i64 %277, 3
	%292 = mul i64 %291, 24
	%293 = getelementptr inbounds float, float* %5, i64 %292
	br label %loop22

loop22:
	%294 = phi i64 [ 0, %body21 ], [ %322, %body23 ]
	%295 = phi <8 x float> [ zeroinitializer, %body21 ], [ %309, %body23 ]
	%296 = phi <8 x float> [ zeroinitializer, %body21 ], [ %313, %body23 ]
	%297 = phi <8 x float> [ zeroinitializer, %body21 ], [ %317, %body23 ]
	%298 = phi <8 x float> [ zeroinitializer, %body21 ], [ %321, %body23 ]
	%299 = icmp slt i64 %294, 24
	br i1 %299, label %body23, label %done24

body23:
	%300 = getelementptr inbounds i16, i16* %281, i64 %294
	%301 = bitcast i16* %300 to <8 x i16>*
	%302 = load <8 x i16>, <8 x i16>* %301, align 2
	%303 = zext <8 x i16> %302 to <8 x i32>
	%304 = shl <8 x i32> %303, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%305 = bitcast <8 x i32> %304 to <8 x float>
	%306 = getelementptr inbounds float, float* %284, i64 %294
	%307 = bitcast float* %306 to <8 x float>*
	%308 = load <8 x float>, <8 x float>* %307, align 4
	%309 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %308, <8 x float> %305, <8 x float> %295)
	%310 = getelementptr inbounds float, float* %287, i64 %294
	%311 = bitcast float* %310 to <8 x float>*
	%312 = load <8 x float>, <8 x float>* %311, align 4
	%313 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %312, <8 x float> %305, <8 x float> %296)
	%314 = getelementptr inbounds float, float* %290, i64 %294
	%315 = bitcast float* %314 to <8 x float>*
	%316 = load <8 x float>, <8 x float>* %315, align 4
	%317 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %316, <8 x float> %305, <8 x float> %297)
	%318 = getelementptr inbounds float, float* %293, i64 %294
	%319 = bitcast float* %318 to <8 x float>*
	%320 = load <8 x float>, <8 x float>* %319, align 4
	%321 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %320, <8 x float> %305, <8 x float> %298)
	%322 = add i64 %294, 8
	br label %loop22

done24:
	%323 = add i64 %277, 0
	%324 = mul i64 %323, 64
	%325 = add i64 %273, 0
	%326 = add i64 %324, %325
	%327 = shufflevector <8 x float> %295, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%328 = shufflevector <8 x float> %295, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%329 = fadd <4 x float> %327, %328
	%330 = shufflevector <4 x float> %329, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%331 = shufflevector <4 x float> %329, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%332 = fadd <2 x float> %330, %331
	%333 = shufflevector <2 x float> %332, <2 x float> undef, <1 x i32> <i32 0>
	%334 = shufflevector <2 x float> %332, <2 x float> undef, <1 x i32> <i32 1>
	%335 = fadd <1 x float> %333, %334
	%336 = extractelement <1 x float> %335, i64 0
	%337 = getelementptr inbounds float, float* %2, i64 %326
	store float %336, float* %337, align 4
	%338 = add i64 %277, 1
	%339 = mul i64 %338, 64
	%340 = add i64 %273, 0
	%341 = add i64 %339, %340
	%342 = shufflevector <8 x float> %296, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%343 = shufflevector <8 x float> %296, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%344 = fadd <4 x float> %342, %343
	%345 = shufflevector <4 x float> %344, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%346 = shufflevector <4 x float> %344, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%347 = fadd <2 x float> %345, %346
	%348 = shufflevector <2 x float> %347, <2 x float> undef, <1 x i32> <i32 0>
	%349 = shufflevector <2 x float> %347, <2 x float> undef, <1 x i32> <i32 1>
	%350 = fadd <1 x float> %348, %349
	%351 = extractelement <1 x float> %350, i64 0
	%352 = getelementptr inbounds float, float* %2, i64 %341
	store float %351, float* %352, align 4
	%353 = add i64 %277, 2
	%354 = mul i64 %353, 64
	%355 = add i64 %273, 0
	%356 = add i64 %354, %355
	%357 = shufflevector <8 x float> %297, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%358 = shufflevector <8 x float> %297, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%359 = fadd <4 x float> %357, %358
	%360 = shufflevector <4 x float> %359, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%361 = shufflevector <4 x float> %359, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%362 = fadd <2 x float> %360, %361
	%363 = shufflevector <2 x float> %362, <2 x float> undef, <1 x i32> <i32 0>
	%364 = shufflevector <2 x float> %362, <2 x float> undef, <1 x i32> <i32 1>
	%365 = fadd <1 x float> %363, %364
	%366 = extractelement <1 x float> %365, i64 0
	%367 = getelementptr inbounds float, float* %2, i64 %356
	store float %366, float* %367, align 4
	%368 = add i64 %277, 3
	%369 = mul i64 %368, 64
	%370 = add i64 %273, 0
	%371 = add i64 %369, %370
	%372 = shufflevector <8 x float> %298, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%373 = shufflevector <8 x float> %298, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%374 = fadd <4 x float> %372, %373
	%375 = shufflevector <4 x float> %374, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%376 = shufflevector <4 x float> %374, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%377 = fadd <2 x float> %375, %376
	%378 = shufflevector <2 x float> %377, <2 x float> undef, <1 x i32> <i32 0>
	%379 = shufflevector <2 x float> %377, <2 x float> undef, <1 x i32> <i32 1>
	%380 = fadd <1 x float> %378, %379
	%381 = extractelement <1 x float> %380, i64 0
	%382 = getelementptr inbounds float, float* %2, i64 %371
	store float %381, float* %382, align 4
	%383 = add i64 %277, 4
	br label %loop20

done25:
	br label %loop26

loop26:
	%384 = phi i64 [ %276, %done25 ], [ %421, %done30 ]
	%385 = icmp slt i64 %384, %13
	br i1 %385, label %body27, label %done31

body27:
	%386 = add i64 %273, 0
	%387 = mul i64 %386, 24
	%388 = getelementptr inbounds i16, i16* %8, i64 %387
	%389 = add i64 %384, 0
	%390 = mul i64 %389, 24
	%391 = getelementptr inbounds float, float* %5, i64 %390
	br label %loop28

loop28:
	%392 = phi i64 [ 0, %body27 ], [ %405, %body29 ]
	%393 = phi <8 x float> [ zeroinitializer, %body27 ], [ %404, %body29 ]
	%394 = icmp slt i64 %392, 24
	br i1 %394, label %body29, label %done30

body29:
	%395 = getelementptr inbounds i16, i16* %388, i64 %392
	%396 = bitcast i16* %395 to <8 x i16>*
	%397 = load <8 x i16>, <8 x i16>* %396, align 2
	%398 = zext <8 x i16> %397 to <8 x i32>
	%399 = shl <8 x i32> %398, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%400 = bitcast <8 x i32> %399 to <8 x float>
	%401 = getelementptr inbounds float, float* %391, i64 %392
	%402 = bitcast float* %401 to <8 x float>*
	%403 = load <8 x float>, <8 x float>* %402, align 4
	%404 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %403, <8 x float> %400, <8 x float> %393)
	%405 = add i64 %392, 8
	br label %loop28

done30:
	%406 = add i64 %384, 0
	%407 = mul i64 %406, 64
	%408 = add i64 %273, 0
	%409 = add i64 %407, %408
	%410 = shufflevector <8 x float> %393, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%411 = shufflevector <8 x float> %393, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%412 = fadd <4 x float> %410, %411
	%413 = shufflevector <4 x float> %412, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%414 = shufflevector <4 x float> %412, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%415 = fadd <2 x float> %413, %414
	%416 = shufflevector <2 x float> %415, <2 x float> undef, <1 x i32> <i32 0>
	%417 = shufflevector <2 x float> %415, <2 x float> undef, <1 x i32> <i32 1>
	%418 = fadd <1 x float> %416, %417
	%419 = extractelement <1 x float> %418, i64 0
	%420 = getelementptr inbounds float, float* %2, i64 %409
	store float %419, float* %420, align 4
	%421 = add i64 %384, 1
	br label %loop26

done31:
	%422 = add i64 %273, 1
	br label %loop18

done32:
	%423 = icmp slt i64 %20, 6
	br i1 %423, label %then33, label %join34

then33:
	br label %loop35

loop35:
	%424 = phi i64 [ 0, %then33 ], [ %454, %body36 ]
	%425 = icmp slt i64 %424, %13
	br i1 %425, label %body36, label %done37

body36:
	%426 = mul i64 %424, 64
	%427 = add i64 %426, %22
	%428 = getelementptr inbounds float, float* %2, i64 %427
	%429 = add i64 %15, %424
	%430 = mul i64 %429, 4
	%431 = getelementptr inbounds float, float* %11, i64 %430
	%432 = add i64 0, 2
	%433 = getelementptr inbounds float, float* %428, i64 0
	%434 = bitcast float* %433 to <8 x float>*
	%435 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %434, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
	%436 = getelementptr inbounds float, float* %428, i64 %432
	%437 = bitcast float* %436 to <8 x float>*
	%438 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %437, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
	%439 = getelementptr inbounds float, float* %431, i64 0
	%440 = bitcast float* %439 to <8 x float>*
	%441 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %440, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
	%442 = getelementptr inbounds float, float* %431, i64 %432
	%443 = bitcast float* %442 to <8 x float>*
	%444 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %443, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
	%445 = fmul <8 x float> %438, %444
	%446 = fneg <8 x float> %445
	%447 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %435, <8 x float> %441, <8 x float> %446)
	%448 = getelementptr inbounds float, float* %428, i64 0
	%449 = bitcast float* %448 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %447, <8 x float>* %449, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
	%450 = fmul <8 x float> %435, %444
	%451 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %438, <8 x float> %441, <8 x float> %450)
	%452 = getelementptr inbounds float, float* %428, i64 %432
	%453 = bitcast float* %452 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %451, <8 x float>* %453, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
	%454 = add i64 %424, 1
	br label %loop35

done37:
	br label %join34

join34:
	%455 = add i64 %20, 1
	br label %loop1

done38:
	ret void
}

declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %0, i32 %1, <8 x i1> %2, <8 x float> %3)

declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %0, <8 x float>* %1, i32 %2, <8 x i1> %3)

define void @mtc_k_gqa_attention_kvstore_w16_ks64_ko32_vs64_vo48(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to float*
	%6 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%7 = load i8*, i8** %6, align 8
	%8 = bitcast i8* %7 to float*
	%9 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%10 = load i8*, i8** %9, align 8
	%11 = bitcast i8* %10 to float*
	%12 = getelementptr inbounds i64, i64* %ints, i64 0
	%13 = load i64, i64* %12, align 8
	%14 = getelementptr inbounds i64, i64* %ints, i64 1
	%15 = load i64, i64* %14, align 8
	br label %loop1

loop1:
	%16 = phi i64 [ %begin, %entry ], [ %46, %join4 ]
	%17 = icmp slt i64 %16, %end
	br i1 %17, label %body2, label %done11

body2:
	%18 = add i64 %13, %16
	%19 = icmp ult i64 %18, %15
	br i1 %19, label %then3, label %join4

then3:
	%20 = mul i64 %18, 16
	%21 = getelementptr inbounds float, float* %2, i64 %20
	%22 = mul i64 %16, 64
	%23 = add i64 %22, 32
	%24 = getelementptr inbounds float, float* %8, i64 %23
	br label %loop5

loop5:
	%25 = phi i64 [ 0, %then3 ], [ %32, %body6 ]
	%26 = icmp slt i64 %25, 16
	br i1 %26, label %body6, label %done7

body6:
	%27 = getelementptr inbounds float, float* %24, i64 %25
	%28 = bitcast float* %27 to <8 x float>*
	%29 = load <8 x float>, <8 x float>* %28, align 4
	%30 = getelementptr inbounds float, float* %21, i64 %25
	%31 = bitcast float* %30 to <8 x float>*
	store <8 x float> %29, <8 x float>* %31, align 4
	%32 = add i64 %25, 8
	br label %loop5

done7:
	%33 = mul i64 %18, 16
	%34 = getelementptr inbounds float, float* %5, i64 %33
	%35 = mul i64 %16, 64
	%36 = add i64 %35, 48
	%37 = getelementptr inbounds float, float* %11, i64 %36
	br label %loop8

loop8:
	%38 = phi i64 [ 0, %done7 ], [ %45, %body9 ]
	%39 = icmp slt i64 %38, 16
	br i1 %39, label %body9, label %done10

body9:
	%40 = getelementptr inbounds float, float* %37, i64 %38
	%41 = bitcast float* %40 to <8 x float>*
	%42 = load <8 x float>, <8 x float>* %41, align 4
	%43 = getelementptr inbounds float, float* %34, i64 %38
	%44 = bitcast float* %43 to <8 x float>*
	store <8 x float> %42, <8 x float>* %44, align 4
	%45 = add i64 %38, 8
	br label %loop8

done10:
	br label %join4

join4:
	%46 = add i64 %16, 1
	br label %loop1

done11:
	ret void
}

define void @mtc_k_gqa_attention_attend_h4_kv2_d8_qs64_qo0(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = alloca [2 x float], align 4
	%1 = alloca [2 x float], align 4
	%2 = alloca [16 x float], align 64
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to float*
	%6 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%7 = load i8*, i8** %6, align 8
	%8 = bitcast i8* %7 to float*
	%9 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%10 = load i8*, i8** %9, align 8
	%11 = bitcast i8* %10 to float*
	%12 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%13 = load i8*, i8** %12, align 8
	%14 = bitcast i8* %13 to float*
	%15 = getelementptr inbounds i64, i64* %ints, i64 0
	%16 = load i64, i64* %15, align 8
	%17 = getelementptr inbounds i64, i64* %ints, i64 1
	%18 = load i64, i64* %17, align 8
	%19 = getelementptr inbounds i64, i64* %ints, i64 2
	%20 = load i64, i64* %19, align 8
	%21 = getelementptr inbounds [16 x float], [16 x float]* %2, i64 0, i64 0
	%22 = getelementptr inbounds [2 x float], [2 x float]* %1, i64 0, i64 0
	%23 = getelementptr inbounds [2 x float], [2 x float]* %0, i64 0, i64 0
	%24 = icmp sge i64 %18, 0
	%25 = add i64 %18, %16
	%26 = icmp sle i64 %25, %20
	%27 = and i1 %24, %26
	br label %loop1

loop1:
	%28 = phi i64 [ %begin, %entry ], [ %355, %join4 ]
	%29 = icmp slt i64 %28, %end
	br i1 %29, label %body2, label %done24

body2:
	%30 = sdiv i64 %28, %16
	%31 = srem i64 %28, %16
	%32 = mul i64 %31, 32
	%33 = getelementptr inbounds float, float* %5, i64 %32
	%34 = mul i64 %31, 64
	%35 = add i64 %34, 0
	%36 = getelementptr inbounds float, float* %8, i64 %35
	%37 = mul i64 %30, 2
	br i1 %27, label %then3, label %else5

then3:
	%38 = add i64 %18, %31
	%39 = add i64 %38, 1
	br label %loop6

else5:
	%40 = mul i64 %37, 8
	%41 = getelementptr inbounds float, float* %33, i64 %40
	br label %loop21

loop6:
	%42 = phi i64 [ 0, %then3 ], [ %349, %done19 ]
	%43 = icmp slt i64 %42, 2
	br i1 %43, label %body7, label %done20

body7:
	%44 = add i64 %37, %42
	br label %loop8

loop8:
	%45 = phi i64 [ 0, %body7 ], [ %53, %body9 ]
	%46 = icmp slt i64 %45, 2
	br i1 %46, label %body9, label %done10

body9:
	%47 = getelementptr inbounds float, float* %22, i64 %45
	store float 0xFFF0000000000000, float* %47, align 4
	%48 = getelementptr inbounds float, float* %23, i64 %45
	store float 0.0, float* %48, align 4
	%49 = mul i64 %45, 8
	%50 = getelementptr inbounds float, float* %21, i64 %49
	%51 = getelementptr inbounds float, float* %50, i64 0
	%52 = bitcast float* %51 to <8 x float>*
	store <8 x float> zeroinitializer, <8 x float>* %52, align 4
	%53 = add i64 %45, 1
	br label %loop8

done10:
	br label %loop11

loop11:
	%54 = phi i64 [ 0, %done10 ], [ %329, %done15 ]
	%55 = icmp slt i64 %54, %39
	br i1 %55, label %body12, label %done16

body12:
	%56 = sub i64 %39, 1
	%57 = mul i64 %30, 8
	%58 = add i64 %54, 0
	%59 = icmp slt i64 %58, %56
	%60 = select i1 %59, i64 %58, i64 %56
	%61 = mul i64 %60, 16
	%62 = add i64 %61, %57
	%63 = getelementptr inbounds float, float* %11, i64 %62
	%64 = getelementptr inbounds float, float* %14, i64 %62
	%65 = add i64 %54, 1
	%66 = icmp slt i64 %65, %56
	%67 = select i1 %66, i64 %65, i64 %56
	%68 = mul i64 %67, 16
	%69 = add i64 %68, %57
	%70 = getelementptr inbounds float, float* %11, i64 %69
	%71 = getelementptr inbounds float, float* %14, i64 %69
	%72 = add i64 %54, 2
	%73 = icmp slt i64 %72, %56
	%74 = select i1 %73, i64 %72, i64 %56
	%75 = mul i64 %74, 16
	%76 = add i64 %75, %57
	%77 = getelementptr inbounds float, float* %11, i64 %76
	%78 = getelementptr inbounds float, float* %14, i64 %76
	%79 = add i64 %54, 3
	%80 = icmp slt i64 %79, %56
	%81 = select i1 %80, i64 %79, i64 %56
	%82 = mul i64 %81, 16
	%83 = add i64 %82, %57
	%84 = getelementptr inbounds float, float* %11, i64 %83
	%85 = getelementptr inbounds float, float* %14, i64 %83
	%86 = add i64 %54, 4
	%87 = icmp slt i64 %86, %56
	%88 = select i1 %87, i64 %86, i64 %56
	%89 = mul i64 %88, 16
	%90 = add i64 %89, %57
	%91 = getelementptr inbounds float, float* %11, i64 %90
	%92 = getelementptr inbounds float, float* %14, i64 %90
	%93 = add i64 %54, 5
	%94 = icmp slt i64 %93, %56
	%95 = select i1 %94, i64 %93, i64 %56
	%96 = mul i64 %95, 16
	%97 = add i64 %96, %57
	%98 = getelementptr inbounds float, float* %11, i64 %97
	%99 = getelementptr inbounds float, float* %14, i64 %97
	%100 = add i64 %54, 6
	%101 = icmp slt i64 %100, %56
	%102 = select i1 %101, i64 %100, i64 %56
	%103 = mul i64 %102, 16
	%104 = add i64 %103, %57
	%105 = getelementptr inbounds float, float* %11, i64 %104
	%106 = getelementptr inbounds float, float* %14, i64 %104
	%107 = add i64 %54, 7
	%108 = icmp slt i64 %107, %56
	%109 = select i1 %108, i64 %107, i64 %56
	%110 = mul i64 %109, 16
	%111 = add i64 %110, %57
	%112 = getelementptr inbounds float, float* %11, i64 %111
	%113 = getelementptr inbounds float, float* %14, i64 %111
	%114 = sub i64 %39, %54
	%115 = icmp slt i64 %114, 8
	%116 = select i1 %115, i64 %114, i64 8
	%117 = trunc i64 %116 to i32
	%118 = insertelement <8 x i32> undef, i32 %117, i64 0
	%119 = shufflevector <8 x i32> %118, <8 x i32> undef, <8 x i32> zeroinitializer
	%120 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %119
	br label %loop13

loop13:
	%121 = phi i64 [ 0, %body12 ], [ %328, %body14 ]
	%122 = icmp slt i64 %121, 2
	br i1 %122, label %body14, label %done15

body14:
	%123 = add i64 %44, %121
	%124 = mul i64 %123, 8
	%125 = getelementptr inbounds float, float* %36, i64 %124
	%126 = getelementptr inbounds float, float* %125, i64 0
	%127 = bitcast float* %126 to <8 x float>*
	%128 = load <8 x float>, <8 x float>* %127, align 4
	%129 = getelementptr inbounds float, float* %63, i64 0
	%130 = bitcast float* %129 to <8 x float>*
	%131 = load <8 x float>, <8 x float>* %130, align 4
	%132 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %131, <8 x float> zeroinitializer)
	%133 = getelementptr inbounds float, float* %70, i64 0
	%134 = bitcast float* %133 to <8 x float>*
	%135 = load <8 x float>, <8 x float>* %134, align 4
	%136 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %135, <8 x float> zeroinitializer)
	%137 = getelementptr inbounds float, float* %77, i64 0
	%138 = bitcast float* %137 to <8 x float>*
	%139 = load <8 x float>, <8 x float>* %138, align 4
	%140 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %139, <8 x float> zeroinitializer)
	%141 = getelementptr inbounds float, float* %84, i64 0
	%142 = bitcast float* %141 to <8 x float>*
	%143 = load <8 x float>, <8 x float>* %142, align 4
	%144 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %143, <8 x float> zeroinitializer)
	%145 = getelementptr inbounds float, float* %91, i64 0
	%146 = bitcast float* %145 to <8 x float>*
	%147 = load <8 x float>, <8 x float>* %146, align 4
	%148 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %147, <8 x float> zeroinitializer)
	%149 = getelementptr inbounds float, float* %98, i64 0
	%150 = bitcast float* %149 to <8 x float>*
	%151 = load <8 x float>, <8 x float>* %150, align 4
	%152 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %151, <8 x float> zeroinitializer)
	%153 = getelementptr inbounds float, float* %105, i64 0
	%154 = bitcast float* %153 to <8 x float>*
	%155 = load <8 x float>, <8 x float>* %154, align 4
	%156 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %155, <8 x float> zeroinitializer)
	%157 = getelementptr inbounds float, float* %112, i64 0
	%158 = bitcast float* %157 to <8 x float>*
	%159 = load <8 x float>, <8 x float>* %158, align 4
	%160 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %159, <8 x float> zeroinitializer)
	%161 = shufflevector <8 x float> %132, <8 x float> %136, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%162 = shufflevector <8 x float> %132, <8 x float> %136, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%163 = fadd <8 x float> %161, %162
	%164 = shufflevector <8 x float> %140, <8 x float> %144, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%165 = shufflevector <8 x float> %140, <8 x float> %144, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%166 = fadd <8 x float> %164, %165
	%167 = shufflevector <8 x float> %148, <8 x float> %152, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%168 = shufflevector <8 x float> %148, <8 x float> %152, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%169 = fadd <8 x float> %167, %168
	%170 = shufflevector <8 x float> %156, <8 x float> %160, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%171 = shufflevector <8 x float> %156, <8 x float> %160, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%172 = fadd <8 x float> %170, %171
	%173 = shufflevector <8 x float> %163, <8 x float> %166, <8 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13>
	%174 = shufflevector <8 x float> %163, <8 x float> %166, <8 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15>
	%175 = fadd <8 x float> %173, %174
	%176 = shufflevector <8 x float> %169, <8 x float> %172, <8 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13>
	%177 = shufflevector <8 x float> %169, <8 x float> %172, <8 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15>
	%178 = fadd <8 x float> %176, %177
	%179 = shufflevector <8 x float> %175, <8 x float> %178, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
	%180 = shufflevector <8 x float> %175, <8 x float> %178, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
	%181 = fadd <8 x float> %179, %180
	%182 = fmul <8 x float> %181, <float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000>
	%183 = select <8 x i1> %120, <8 x float> %182, <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
	%184 = getelementptr inbounds float, float* %22, i64 %121
	%185 = load float, float* %184, align 4
	%186 = shufflevector <8 x float> %183, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%187 = shufflevector <8 x float> %183, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%188 = fcmp ogt <4 x float> %186, %187
	%189 = select <4 x i1> %188, <4 x float> %186, <4 x float> %187
	%190 = shufflevector <4 x float> %189, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%191 = shufflevector <4 x float> %189, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%192 = fcmp ogt <2 x float> %190, %191
	%193 = select <2 x i1> %192, <2 x float> %190, <2 x float> %191
	%194 = shufflevector <2 x float> %193, <2 x float> undef, <1 x i32> <i32 0>
	%195 = shufflevector <2 x float> %193, <2 x float> undef, <1 x i32> <i32 1>
	%196 = fcmp ogt <1 x float> %194, %195
	%197 = select <1 x i1> %196, <1 x float> %194, <1 x float> %195
	%198 = extractelement <1 x float> %197, i64 0
	%199 = fcmp ogt float %198, %185
	%200 = select i1 %199, float %198, float %185
	%201 = fsub float %185, %200
	%202 = fcmp olt float %201, -87.0
	%203 = select i1 %202, float -87.0, float %201
	%204 = fcmp ogt float %203, 88.0
	%205 = select i1 %204, float 88.0, float %203
	%206 = call float @llvm.fmuladd.f32(float %205, float 0x3FF7154760000000, float 1.2582912e+07)
	%207 = fsub float %206, 1.2582912e+07
	%208 = call float @llvm.fmuladd.f32(float %207, float 0xBFE6300000000000, float %205)
	%209 = call float @llvm.fmuladd.f32(float %207, float 0x3F2BD01060000000, float %208)
	%210 = call float @llvm.fmuladd.f32(float 0x3F2A01A020000000, float %209, float 0x3F56C16C20000000)
	%211 = call float @llvm.fmuladd.f32(float %210, float %209, float 0x3F81111120000000)
	%212 = call float @llvm.fmuladd.f32(float %211, float %209, float 0x3FA5555560000000)
	%213 = call float @llvm.fmuladd.f32(float %212, float %209, float 0x3FC5555560000000)
	%214 = call float @llvm.fmuladd.f32(float %213, float %209, float 0.5)
	%215 = call float @llvm.fmuladd.f32(float %214, float %209, float 1.0)
	%216 = call float @llvm.fmuladd.f32(float %215, float %209, float 1.0)
	%217 = fptosi float %207 to i32
	%218 = add i32 %217, 127
	%219 = shl i32 %218, 23
	%220 = bitcast i32 %219 to float
	%221 = fmul float %216, %220
	%222 = select i1 %202, float 0.0, float %221
	%223 = insertelement <8 x float> undef, float %200, i64 0
	%224 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
	%225 = fsub <8 x float> %183, %224
	%226 = fcmp olt <8 x float> %225, <float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0>
	%227 = select <8 x i1> %226, <8 x float> <float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0>, <8 x float> %225
	%228 = fcmp ogt <8 x float> %227, <float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0>
	%229 = select <8 x i1> %228, <8 x float> <float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0>, <8 x float> %227
	%230 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %229, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07>)
	%231 = fsub <8 x float> %230, <float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07>
	%232 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %231, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %229)
	%233 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %231, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %232)
	%234 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> <float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000>, <8 x float> %233, <8 x float> <float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000>)
	%235 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %234, <8 x float> %233, <8 x float> <float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000>)
	%236 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %235, <8 x float> %233, <8 x float> <float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000>)
	%237 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %236, <8 x float> %233, <8 x float> <float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000>)
	%238 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %237, <8 x float> %233, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%239 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %238, <8 x float> %233, <8 x float> <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>)
	%240 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %239, <8 x float> %233, <8 x float> <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>)
	%241 = fptosi <8 x float> %231 to <8 x i32>
	%242 = add <8 x i32> %241, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
	%243 = shl <8 x i32> %242, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
	%244 = bitcast <8 x i32> %243 to <8 x float>
	%245 = fmul <8 x float> %240, %244
	%246 = select <8 x i1> %226, <8 x float> zeroinitializer, <8 x float> %245
	%247 = getelementptr inbounds float, float* %22, i64 %121
	store float %200, float* %247, align 4
	%248 = getelementptr inbounds float, float* %23, i64 %121
	%249 = load float, float* %248, align 4
	%250 = shufflevector <8 x float> %246, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%251 = shufflevector <8 x float> %246, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%252 = fadd <4 x float> %250, %251
	%253 = shufflevector <4 x float> %252, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%254 = shufflevector <4 x float> %252, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%255 = fadd <2 x float> %253, %254
	%256 = shufflevector <2 x float> %255, <2 x float> undef, <1 x i32> <i32 0>
	%257 = shufflevector <2 x float> %255, <2 x float> undef, <1 x i32> <i32 1>
	%258 = fadd <1 x float> %256, %257
	%259 = extractelement <1 x float> %258, i64 0
	%260 = call float @llvm.fmuladd.f32(float %249, float %222, float %259)
	%261 = getelementptr inbounds float, float* %23, i64 %121
	store float %260, float* %261, align 4
	%262 = extractelement <8 x float> %246, i64 0
	%263 = insertelement <8 x float> undef, float %262, i64 0
	%264 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
	%265 = extractelement <8 x float> %246, i64 1
	%266 = insertelement <8 x float> undef, float %265, i64 0
	%267 = shufflevector <8 x float> %266, <8 x float> undef, <8 x i32> zeroinitializer
	%268 = extractelement <8 x float> %246, i64 2
	%269 = insertelement <8 x float> undef, float %268, i64 0
	%270 = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
	%271 = extractelement <8 x float> %246, i64 3
	%272 = insertelement <8 x float> undef, float %271, i64 0
	%273 = shufflevector <8 x float> %272, <8 x float> undef, <8 x i32> zeroinitializer
	%274 = extractelement <8 x float> %246, i64 4
	%275 = insertelement <8 x float> undef, float %274, i64 0
	%276 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
	%277 = extractelement <8 x float> %246, i64 5
	%278 = insertelement <8 x float> undef, float %277, i64 0
	%279 = shufflevector <8 x float> %278, <8 x float> undef, <8 x i32> zeroinitializer
	%280 = extractelement <8 x float> %246, i64 6
	%281 = insertelement <8 x float> undef, float %280, i64 0
	%282 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
	%283 = extractelement <8 x float> %246, i64 7
	%284 = insertelement <8 x float> undef, float %283, i64 0
	%285 = shufflevector <8 x float> %284, <8 x float> undef, <8 x i32> zeroinitializer
	%286 = insertelement <8 x float> undef, float %222, i64 0
	%287 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
	%288 = mul i64 %121, 8
	%289 = getelementptr inbounds float, float* %21, i64 %288
	%290 = getelementptr inbounds float, float* %289, i64 0
	%291 = bitcast float* %290 to <8 x float>*
	%292 = load <8 x float>, <8 x float>* %291, align 4
	%293 = fmul <8 x float> %292, %287
	%294 = getelementptr inbounds float, float* %64, i64 0
	%295 = bitcast float* %294 to <8 x float>*
	%296 = load <8 x float>, <8 x float>* %295, align 4
	%297 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %264, <8 x float> %296, <8 x float> %293)
	%298 = getelementptr inbounds float, float* %71, i64 0
	%299 = bitcast float* %298 to <8 x float>*
	%300 = load <8 x float>, <8 x float>* %299, align 4
	%301 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %267, <8 x float> %300, <8 x float> %297)
	%302 = getelementptr inbounds float, float* %78, i64 0
	%303 = bitcast float* %302 to <8 x float>*
	%304 = load <8 x float>, <8 x float>* %303, align 4
	%305 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %270, <8 x float> %304, <8 x float> %301)
	%306 = getelementptr inbounds float, float* %85, i64 0
	%307 = bitcast float* %306 to <8 x float>*
	%308 = load <8 x float>, <8 x float>* %307, align 4
	%309 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %273, <8 x float> %308, <8 x float> %305)
	%310 = getelementptr inbounds float, float* %92, i64 0
	%311 = bitcast float* %310 to <8 x float>*
	%312 = load <8 x float>, <8 x float>* %311, align 4
	%313 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %276, <8 x float> %312, <8 x float> %309)
	%314 = getelementptr inbounds float, float* %99, i64 0
	%315 = bitcast float* %314 to <8 x float>*
	%316 = load <8 x float>, <8 x float>* %315, align 4
	%317 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %279, <8 x float> %316, <8 x float> %313)
	%318 = getelementptr inbounds float, float* %106, i64 0
	%319 = bitcast float* %318 to <8 x float>*
	%320 = load <8 x float>, <8 x float>* %319, align 4
	%321 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %282, <8 x float> %320, <8 x float> %317)
	%322 = getelementptr inbounds float, float* %113, i64 0
	%323 = bitcast float* %322 to <8 x float>*
	%324 = load <8 x float>, <8 x float>* %323, align 4
	%325 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %285, <8 x float> %324, <8 x float> %321)
	%326 = getelementptr inbounds float, float* %289, i64 0
	%327 = bitcast float* %326 to <8 x float>*
	store <8 x float> %325, <8 x float>* %327, align 4
	%328 = add i64 %121, 1
	br label %loop13

done15:
	%329 = add i64 %54, 8
	br label %loop11

done16:
	br label %loop17

loop17:
	%330 = phi i64 [ 0, %done16 ], [ %348, %body18 ]
	%331 = icmp slt i64 %330, 2
	br i1 %331, label %body18, label %done19

body18:
	%332 = getelementptr inbounds float, float* %23, i64 %330
	%333 = load float, float* %332, align 4
	%334 = fdiv float 1.0, %333
	%335 = insertelement <8 x float> undef, float %334, i64 0
	%336 = shufflevector <8 x float> %335, <8 x float> undef, <8 x i32> zeroinitializer
	%337 = mul i64 %330, 8
	%338 = getelementptr inbounds float, float* %21, i64 %337
	%339 = add i64 %44, %330
	%340 = mul i64 %339, 8
	%341 = getelementptr inbounds float, float* %33, i64 %340
	%342 = getelementptr inbounds float, float* %338, i64 0
	%343 = bitcast float* %342 to <8 x float>*
	%344 = load <8 x float>, <8 x float>* %343, align 4
	%345 = fmul <8 x float> %344, %336
	%346 = getelementptr inbounds float, float* %341, i64 0
	%347 = bitcast float* %346 to <8 x float>*
	store <8 x float> %345, <8 x float>* %347, align 4
	%348 = add i64 %330, 1
	br label %loop17

done19:
	%349 = add i64 %42, 2
	br label %loop6

done20:
	br label %join4

loop21:
	%350 = phi i64 [ 0, %else5 ], [ %354, %body22 ]
	%351 = icmp slt i64 %350, 16
	br i1 %351, label %body22, label %done23

body22:
	%352 = getelementptr inbounds float, float* %41, i64 %350
	%353 = bitcast float* %352 to <8 x float>*
	store <8 x float> <float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000>, <8 x float>* %353, align 4
	%354 = add i64 %350, 8
	br label %loop21

done23:
	br label %join4

join4:
	%355 = add i64 %28, 1
	br label %loop1

done24:
	ret void
}

declare float @llvm.fmuladd.f32(float %0, float %1, float %2)

define void @mtc_k_matmul_add_bf16_k32_n24(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to float*
	%6 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%7 = load i8*, i8** %6, align 8
	%8 = bitcast i8* %7 to i16*
	%9 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%10 = load i8*, i8** %9, align 8
	%11 = bitcast i8* %10 to float*
	%12 = getelementptr inbounds i64, i64* %ints, i64 0
	%13 = load i64, i64* %12, align 8
	%14 = sub i64 %end, %begin
	%15 = sdiv i64 %14, 2
	%16 = mul i64 %15, 2
	%17 = add i64 %begin, %16
	br label %loop1

loop1:
	%18 = phi i64 [ %begin, %entry ], [ %290, %done14 ]
	%19 = icmp slt i64 %18, %17
	br i1 %19, label %body2, label %done15

body2:
	%20 = sdiv i64 %13, 4
	%21 = mul i64 %20, 4
	br label %loop3

loop3:
	%22 = phi i64 [ 0, %body2 ], [ %221, %done7 ]
	%23 = icmp slt i64 %22, %21
	br i1 %23, label %body4, label %done8

body4:
	%24 = add i64 %18, 0
	%25 = mul i64 %24, 32
	%26 = getelementptr inbounds i16, i16* %8, i64 %25
	%27 = add i64 %18, 1
	%28 = mul i64 %27, 32
	%29 = getelementptr inbounds i16, i16* %8, i64 %28
	%30 = add i64 %22, 0
	%31 = mul i64 %30, 32
	%32 = getelementptr inbounds float, float* %5, i64 %31
	%33 = add i64 %22, 1
	%34 = mul i64 %33, 32
	%35 = getelementptr inbounds float, float* %5, i64 %34
	%36 = add i64 %22, 2
	%37 = mul i64 %36, 32
	%38 = getelementptr inbounds float, float* %5, i64 %37
	%39 = add i64 %22, 3
	%40 = mul i64 %39, 32
	%41 = getelementptr inbounds float, float* %5, i64 %40
	br label %loop5

loop5:
	%42 = phi i64 [ 0, %body4 ], [ %84, %body6 ]
	%43 = phi <8 x float> [ zeroinitializer, %body4 ], [ %67, %body6 ]
	%44 = phi <8 x float> [ zeroinitializer, %body4 ], [ %68, %body6 ]
	%45 = phi <8 x float> [ zeroinitializer, %body4 ], [ %72, %body6 ]
	%46 = phi <8 x float> [ zeroinitializer, %body4 ], [ %73, %body6 ]
	%47 = phi <8 x float> [ zeroinitializer, %body4 ], [ %77, %body6 ]
	%48 = phi <8 x float> [ zeroinitializer, %body4 ], [ %78, %body6 ]
	%49 = phi <8 x float> [ zeroinitializer, %body4 ], [ %82, %body6 ]
	%50 = phi <8 x float> [ zeroinitializer, %body4 ], [ %83, %body6 ]
	%51 = icmp slt i64 %42, 32
	br i1 %51, label %body6, label %done7

body6:
	%52 = getelementptr inbounds i16, i16* %26, i64 %42
	%53 = bitcast i16* %52 to <8 x i16>*
	%54 = load <8 x i16>, <8 x i16>* %53, align 2
	%55 = zext <8 x i16> %54 to <8 x i32>
	%56 = shl <8 x i32> %55, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%57 = bitcast <8 x i32> %56 to <8 x float>
	%58 = getelementptr inbounds i16, i16* %29, i64 %42
	%59 = bitcast i16* %58 to <8 x i16>*
	%60 = load <8 x i16>, <8 x i16>* %59, align 2
	%61 = zext <8 x i16> %60 to <8 x i32>
	%62 = shl <8 x i32> %61, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%63 = bitcast <8 x i32> %62 to <8 x float>
	%64 = getelementptr inbounds float, float* %32, i64 %42
	%65 = bitcast float* %64 to <8 x float>*
	%66 = load <8 x float>, <8 x float>* %65, align 4
	%67 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %66, <8 x float> %57, <8 x float> %43)
	%68 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %66, <8 x float> %63, <8 x float> %44)
	%69 = getelementptr inbounds float, float* %35, i64 %42
	%70 = bitcast float* %69 to <8 x float>*
	%71 = load <8 x float>, <8 x float>* %70, align 4
	%72 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %71, <8 x float> %57, <8 x float> %45)
	%73 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %71, <8 x float> %63, <8 x float> %46)
	%74 = getelementptr inbounds float, float* %38, i64 %42
	%75 = bitcast float* %74 to <8 x float>*
	%76 = load <8 x float>, <8 x float>* %75, align 4
	%77 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %76, <8 x float> %57, <8 x float> %47)
	%78 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %76, <8 x float> %63, <8 x float> %48)
	%79 = getelementptr inbounds float, float* %41, i64 %42
	%80 = bitcast float* %79 to <8 x float>*
	%81 = load <8 x float>, <8 x float>* %80, align 4
	%82 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %81, <8 x float> %57, <8 x float> %49)
	%83 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %81, <8 x float> %63, <8 x float> %50)
	%84 = add i64 %42, 8
	br label %loop5

done7:
	%85 = add i64 %22, 0
	%86 = mul i64 %85, 24
	%87 = add i64 %18, 0
	%88 = add i64 %86, %87
	%89 = shufflevector <8 x float> %43, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%90 = shufflevector <8 x float> %43, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%91 = fadd <4 x float> %89, %90
	%92 = shufflevector <4 x float> %91, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%93 = shufflevector <4 x float> %91, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%94 = fadd <2 x float> %92, %93
	%95 = shufflevector <2 x float> %94, <2 x float> undef, <1 x i32> <i32 0>
	%96 = shufflevector <2 x float> %94, <2 x float> undef, <1 x i32> <i32 1>
	%97 = fadd <1 x float> %95, %96
	%98 = extractelement <1 x float> %97, i64 0
	%99 = getelementptr inbounds float, float* %11, i64 %88
	%100 = load float, float* %99, align 4
	%101 = fadd float %98, %100
	%102 = getelementptr inbounds float, float* %2, i64 %88
	store float %101, float* %102, align 4
	%103 = add i64 %18, 1
	%104 = add i64 %86, %103
	%105 = shufflevector <8 x float> %44, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%106 = shufflevector <8 x float> %44, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%107 = fadd <4 x float> %105, %106
	%108 = shufflevector <4 x float> %107, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%109 = shufflevector <4 x float> %107, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%110 = fadd <2 x float> %108, %109
	%111 = shufflevector <2 x float> %110, <2 x float> undef, <1 x i32> <i32 0>
	%112 = shufflevector <2 x float> %110, <2 x float> undef, <1 x i32> <i32 1>
	%113 = fadd <1 x float> %111, %112
	%114 = extractelement <1 x float> %113, i64 0
	%115 = getelementptr inbounds float, float* %11, i64 %104
	%116 = load float, float* %115, align 4
	%117 = fadd float %114, %116
	%118 = getelementptr inbounds float, float* %2, i64 %104
	store float %117, float* %118, align 4
	%119 = add i64 %22, 1
	%120 = mul i64 %119, 24
	%121 = add i64 %18, 0
	%122 = add i64 %120, %121
	%123 = shufflevector <8 x float> %45, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%124 = shufflevector <8 x float> %45, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%125 = fadd <4 x float> %123, %124
	%126 = shufflevector <4 x float> %125, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%127 = shufflevector <4 x float> %125, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%128 = fadd <2 x float> %126, %127
	%129 = shufflevector <2 x float> %128, <2 x float> undef, <1 x i32> <i32 0>
	%130 = shufflevector <2 x float> %128, <2 x float> undef, <1 x i32> <i32 1>
	%131 = fadd <1 x float> %129, %130
	%132 = extractelement <1 x float> %131, i64 0
	%133 = getelementptr inbounds float, float* %11, i64 %122
	%134 = load float, float* %133, align 4
	%135 = fadd float %132, %134
	%136 = getelementptr inbounds float, float* %2, i64 %122
	store float %135, float* %136, align 4
	%137 = add i64 %18, 1
	%138 = add i64 %120, %137
	%139 = shufflevector <8 x float> %46, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%140 = shufflevector <8 x float> %46, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%141 = fadd <4 x float> %139, %140
	%142 = shufflevector <4 x float> %141, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%143 = shufflevector <4 x float> %141, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%144 = fadd <2 x float> %142, %143
	%145 = shufflevector <2 x float> %144, <2 x float> undef, <1 x i32> <i32 0>
	%146 = shufflevector <2 x float> %144, <2 x float> undef, <1 x i32> <i32 1>
	%147 = fadd <1 x float> %145, %146
	%148 = extractelement <1 x float> %147, i64 0
	%149 = getelementptr inbounds float, float* %11, i64 %138
	%150 = load float, float* %149, align 4
	%151 = fadd float %148, %150
	%152 = getelementptr inbounds float, float* %2, i64 %138
	store float %151, float* %152, align 4
	%153 = add i64 %22, 2
	%154 = mul i64 %153, 24
	%155 = add i64 %18, 0
	%156 = add i64 %154, %155
	%157 = shufflevector <8 x float> %47, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%158 = shufflevector <8 x float> %47, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%159 = fadd <4 x float> %157, %158
	%160 = shufflevector <4 x float> %159, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%161 = shufflevector <4 x float> %159, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%162 = fadd <2 x float> %160, %161
	%163 = shufflevector <2 x float> %162, <2 x float> undef, <1 x i32> <i32 0>
	%164 = shufflevector <2 x float> %162, <2 x float> undef, <1 x i32> <i32 1>
	%165 = fadd <1 x float> %163, %164
	%166 = extractelement <1 x float> %165, i64 0
	%167 = getelementptr inbounds float, float* %11, i64 %156
	%168 = load float, float* %167, align 4
	%169 = fadd float %166, %168
	%170 = getelementptr inbounds float, float* %2, i64 %156
	store float %169, float* %170, align 4
	%171 = add i64 %18, 1
	%172 = add i64 %154, %171
	%173 = shufflevector <8 x float> %48, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%174 = shufflevector <8 x float> %48, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%175 = fadd <4 x float> %173, %174
	%176 = shufflevector <4 x float> %175, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%177 = shufflevector <4 x float> %175, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%178 = fadd <2 x float> %176, %177
	%179 = shufflevector <2 x float> %178, <2 x float> undef, <1 x i32> <i32 0>
	%180 = shufflevector <2 x float> %178, <2 x float> undef, <1 x i32> <i32 1>
	%181 = fadd <1 x float> %179, %180
	%182 = extractelement <1 x float> %181, i64 0
	%183 = getelementptr inbounds float, float* %11, i64 %172
	%184 = load float, float* %183, align 4
	%185 = fadd float %182, %184
	%186 = getelementptr inbounds float, float* %2, i64 %172
	store float %185, float* %186, align 4
	%187 = add i64 %22, 3
	%188 = mul i64 %187, 24
	%189 = add i64 %18, 0
	%190 = add i64 %188, %189
	%191 = shufflevector <8 x float> %49, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%192 = shufflevector <8 x float> %49, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%193 = fadd <4 x float> %191, %192
	%194 = shufflevector <4 x float> %193, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%195 = shufflevector <4 x float> %193, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%196 = fadd <2 x float> %194, %195
	%197 = shufflevector <2 x float> %196, <2 x float> undef, <1 x i32> <i32 0>
	%198 = shufflevector <2 x float> %196, <2 x float> undef, <1 x i32> <i32 1>
	%199 = fadd <1 x float> %197, %198
	%200 = extractelement <1 x float> %199, i64 0
	%201 = getelementptr inbounds float, float* %11, i64 %190
	%202 = load float, float* %201, align 4
	%203 = fadd float %200, %202
	%204 = getelementptr inbounds float, float* %2, i64 %190
	store float %203, float* %204, align 4
	%205 = add i64 %18, 1
	%206 = add i64 %188, %205
	%207 = shufflevector <8 x float> %50, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%208 = shufflevector <8 x float> %50, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%209 = fadd <4 x float> %207, %208
	%210 = shufflevector <4 x float> %209, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%211 = shufflevector <4 x float> %209, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%212 = fadd <2 x float> %210, %211
	%213 = shufflevector <2 x float> %212, <2 x float> undef, <1 x i32> <i32 0>
	%214 = shufflevector <2 x float> %212, <2 x float> undef, <1 x i32> <i32 1>
	%215 = fadd <1 x float> %213, %214
	%216 = extractelement <1 x float> %215, i64 0
	%217 = getelementptr inbounds float, float* %11, i64 %206
	%218 = load float, float* %217, align 4
	%219 = fadd float %216, %218
	%220 = getelementptr inbounds float, float* %2, i64 %206
	store float %219, float* %220, align 4
	%221 = add i64 %22, 4
	br label %loop3

done8:
	br label %loop9

loop9:
	%222 = phi i64 [ %21, %done8 ], [ %289, %done13 ]
	%223 = icmp slt i64 %222, %13
	br i1 %223, label %body10, label %done14

body10:
	%224 = add i64 %18, 0
	%225 = mul i64 %224, 32
	%226 = getelementptr inbounds i16, i16* %8, i64 %225
	%227 = add i64 %18, 1
	%228 = mul i64 %227, 32
	%229 = getelementptr inbounds i16, i16* %8, i64 %228
	%230 = add i64 %222, 0
	%231 = mul i64 %230, 32
	%232 = getelementptr inbounds float, float* %5, i64 %231
	br label %loop11

loop11:
	%233 = phi i64 [ 0, %body10 ], [ %254, %body12 ]
	%234 = phi <8 x float> [ zeroinitializer, %body10 ], [ %252, %body12 ]
	%235 = phi <8 x float> [ zeroinitializer, %body10 ], [ %253, %body12 ]
	%236 = icmp slt i64 %233, 32
	br i1 %236, label %body12, label %done13

body12:
	%237 = getelementptr inbounds i16, i16* %226, i64 %233
	%238 = bitcast i16* %237 to <8 x i16>*
	%239 = load <8 x i16>, <8 x i16>* %238, align 2
	%240 = zext <8 x i16> %239 to <8 x i32>
	%241 = shl <8 x i32> %240, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%242 = bitcast <8 x i32> %241 to <8 x float>
	%243 = getelementptr inbounds i16, i16* %229, i64 %233
	%244 = bitcast i16* %243 to <8 x i16>*
	%245 = load <8 x i16>, <8 x i16>* %244, align 2
	%246 = zext <8 x i16> %245 to <8 x i32>
	%247 = shl <8 x i32> %246, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%248 = bitcast <8 x i32> %247 to <8 x float>
	%249 = getelementptr inbounds float, float* %232, i64 %233
	%250 = bitcast float* %249 to <8 x float>*
	%251 = load <8 x float>, <8 x float>* %250, align 4
	%252 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %251, <8 x float> %242, <8 x float> %234)
	%253 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %251, <8 x float> %248, <8 x float> %235)
	%254 = add i64 %233, 8
	br label %loop11

done13:
	%255 = add i64 %222, 0
	%256 = mul i64 %255, 24
	%257 = add i64 %18, 0
	%258 = add i64 %256, %257
	%259 = shufflevector <8 x float> %234, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%260 = shufflevector <8 x float> %234, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%261 = fadd <4 x float> %259, %260
	%262 = shufflevector <4 x float> %261, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%263 = shufflevector <4 x float> %261, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%264 = fadd <2 x float> %262, %263
	%265 = shufflevector <2 x float> %264, <2 x float> undef, <1 x i32> <i32 0>
	%266 = shufflevector <2 x float> %264, <2 x float> undef, <1 x i32> <i32 1>
	%267 = fadd <1 x float> %265, %266
	%268 = extractelement <1 x float> %267, i64 0
	%269 = getelementptr inbounds float, float* %11, i64 %258
	%270 = load float, float* %269, align 4
	%271 = fadd float %268, %270
	%272 = getelementptr inbounds float, float* %2, i64 %258
	store float %271, float* %272, align 4
	%273 = add i64 %18, 1
	%274 = add i64 %256, %273
	%275 = shufflevector <8 x float> %235, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%276 = shufflevector <8 x float> %235, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%277 = fadd <4 x float> %275, %276
	%278 = shufflevector <4 x float> %277, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%279 = shufflevector <4 x float> %277, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%280 = fadd <2 x float> %278, %279
	%281 = shufflevector <2 x float> %280, <2 x float> undef, <1 x i32> <i32 0>
	%282 = shufflevector <2 x float> %280, <2 x float> undef, <1 x i32> <i32 1>
	%283 = fadd <1 x float> %281, %282
	%284 = extractelement <1 x float> %283, i64 0
	%285 = getelementptr inbounds float, float* %11, i64 %274
	%286 = load float, float* %285, align 4
	%287 = fadd float %284, %286
	%288 = getelementptr inbounds float, float* %2, i64 %274
	store float %287, float* %288, align 4
	%289 = add i64 %222, 1
	br label %loop9

done14:
	%290 = add i64 %18, 2
	br label %loop1

done15:
	br label %loop16

loop16:
	%291 = phi i64 [ %17, %done15 ], [ %455, %done29 ]
	%292 = icmp slt i64 %291, %end
	br i1 %292, label %body17, label %done30

body17:
	%293 = sdiv i64 %13, 4
	%294 = mul i64 %293, 4
	br label %loop18

loop18:
	%295 = phi i64 [ 0, %body17 ], [ %413, %done22 ]
	%296 = icmp slt i64 %295, %294
	br i1 %296, label %body19, label %done23

body19:
	%297 = add i64 %291, 0
	%298 = mul i64 %297, 32
	%299 = getelementptr inbounds i16, i16* %8, i64 %298
	%300 = add i64 %295, 0
	%301 = mul i64 %300, 32
	%302 = getelementptr inbounds float, float* %5, i64 %301
	%303 = add i64 %295, 1
	%304 = mul i64 %303, 32
	%305 = getelementptr inbounds float, float* %5, i64 %304
	%306 = add i64 %295, 2
	%307 = mul i64 %306, 32
	%308 = getelementptr inbounds float, float* %5, i64 %307
	%309 = add i64 %295, 3
	%310 = mul i64 %309, 32
	%311 = getelementptr inbounds float, float* %5, i64 %310
	br label %loop20

loop20:
	%312 = phi i64 [ 0, %body19 ], [ %340, %body21 ]
	%313 = phi <8 x float> [ zeroinitializer, %body19 ], [ %327, %body21 ]
	%314 = phi <8 x float> [ zeroinitializer, %body19 ], [ %331, %body21 ]
	%315 = phi <8 x float> [ zeroinitializer, %body19 ], [ %335, %body21 ]
	%316 = phi <8 x float> [ zeroinitializer, %body19 ], [ %339, %body21 ]
	%317 = icmp slt i64 %312, 32
	br i1 %317, label %body21, label %done22

body21:
	%318 = getelementptr inbounds i16, i16* %299, i64 %312
	%319 = bitcast i16* %318 to <8 x i16>*
	%320 = load <8 x i16>, <8 x i16>* %319, align 2
	%321 = zext <8 x i16> %320 to <8 x i32>
	%322 = shl <8 x i32> %321, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%323 = bitcast <8 x i32> %322 to <8 x float>
	%324 = getelementptr inbounds float, float* %302, i64 %312
	%325 = bitcast float* %324 to <8 x float>*
	%326 = load <8 x float>, <8 x float>* %325, align 4
	%327 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %326, <8 x float> %323, <8 x float> %313)
	%328 = getelementptr inbounds float, float* %305, i64 %312
	%329 = bitcast float* %328 to <8 x float>*
	%330 = load <8 x float>, <8 x float>* %329, align 4
	%331 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %330, <8 x float> %323, <8 x float> %314)
	%332 = getelementptr inbounds float, float* %308, i64 %312
	%333 = bitcast float* %332 to <8 x float>*
	%334 = load <8 x float>, <8 x float>* %333, align 4
	%335 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %334, <8 x float> %323, <8 x float> %315)
	%336 = getelementptr inbounds float, float* %311, i64 %312
	%337 = bitcast float* %336 to <8 x float>*
	%338 = load <8 x float>, <8 x float>* %337, align 4
	%339 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %338, <8 x float> %323, <8 x float> %316)
	%340 = add i64 %312, 8
	br label %loop20

done22:
	%341 = add i64 %295, 0
	%342 = mul i64 %341, 24
	%343 = add i64 %291, 0
	%344 = add i64 %342, %343
	%345 = shufflevector <8 x float> %313, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%346 = shufflevector <8 x float> %313, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%347 = fadd <4 x float> %345, %346
	%348 = shufflevector <4 x float> %347, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%349 = shufflevector <4 x float> %347, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%350 = fadd <2 x float> %348, %349
	%351 = shufflevector <2 x float> %350, <2 x float> undef, <1 x i32> <i32 0>
	%352 = shufflevector <2 x float> %350, <2 x float> undef, <1 x i32> <i32 1>
	%353 = fadd <1 x float> %351, %352
	%354 = extractelement <1 x float> %353, i64 0
	%355 = getelementptr inbounds float, float* %11, i64 %344
	%356 = load float, float* %355, align 4
	%357 = fadd float %354, %356
	%358 = getelementptr inbounds float, float* %2, i64 %344
	store float %357, float* %358, align 4
	%359 = add i64 %295, 1
	%360 = mul i64 %359, 24
	%361 = add i64 %291, 0
	%362 = add i64 %360, %361
	%363 = shufflevector <8 x float> %314, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%364 = shufflevector <8 x float> %314, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%365 = fadd <4 x float> %363, %364
	%366 = shufflevector <4 x float> %365, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%367 = shufflevector <4 x float> %365, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%368 = fadd <2 x float> %366, %367
	%369 = shufflevector <2 x float> %368, <2 x float> undef, <1 x i32> <i32 0>
	%370 = shufflevector <2 x float> %368, <2 x float> undef, <1 x i32> <i32 1>
	%371 = fadd <1 x float> %369, %370
	%372 = extractelement <1 x float> %371, i64 0
	%373 = getelementptr inbounds float, float* %11, i64 %362
	%374 = load float, float* %373, align 4
	%375 = fadd float %372, %374
	%376 = getelementptr inbounds float, float* %2, i64 %362
	store float %375, float* %376, align 4
	%377 = add i64 %295, 2
	%378 = mul i64 %377, 24
	%379 = add i64 %291, 0
	%380 = add i64 %378, %379
	%381 = shufflevector <8 x float> %315, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%382 = shufflevector <8 x float> %315, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%383 = fadd <4 x float> %381, %382
	%384 = shufflevector <4 x float> %383, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%385 = shufflevector <4 x float> %383, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%386 = fadd <2 x float> %384, %385
	%387 = shufflevector <2 x float> %386, <2 x float> undef, <1 x i32> <i32 0>
	%388 = shufflevector <2 x float> %386, <2 x float> undef, <1 x i32> <i32 1>
	%389 = fadd <1 x float> %387, %388
	%390 = extractelement <1 x float> %389, i64 0
	%391 = getelementptr inbounds float, float* %11, i64 %380
	%392 = load float, float* %391, align 4
	%393 = fadd float %390, %392
	%394 = getelementptr inbounds float, float* %2, i64 %380
	store float %393, float* %394, align 4
	%395 = add i64 %295, 3
	%396 = mul i64 %395, 24
	%397 = add i64 %291, 0
	%398 = add i64 %396, %397
	%399 = shufflevector <8 x float> %316, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%400 = shufflevector <8 x float> %316, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%401 = fadd <4 x float> %399, %400
	%402 = shufflevector <4 x float> %401, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%403 = shufflevector <4 x float> %401, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%404 = fadd <2 x float> %402, %403
	%405 = shufflevector <2 x float> %404, <2 x float> undef, <1 x i32> <i32 0>
	%406 = shufflevector <2 x float> %404, <2 x float> undef, <1 x i32> <i32 1>
	%407 = fadd <1 x float> %405, %406
	%408 = extractelement <1 x float> %407, i64 0
	%409 = getelementptr inbounds float, float* %11, i64 %398
	%410 = load float, float* %409, align 4
	%411 = fadd float %408, %410
	%412 = getelementptr inbounds float, float* %2, i64 %398
	store float %411, float* %412, align 4
	%413 = add i64 %295, 4
	br label %loop18

done23:
	br label %loop24

loop24:
	%414 = phi i64 [ %294, %done23 ], [ %454, %done28 ]
	%415 = icmp slt i64 %414, %13
	br i1 %415, label %body25, label %done29

body25:
	%416 = add i64 %291, 0
	%417 = mul i64 %416, 32
	%418 = getelementptr inbounds i16, i16* %8, i64 %417
	%419 = add i64 %414, 0
	%420 = mul i64 %419, 32
	%421 = getelementptr inbounds float, float* %5, i64 %420
	br label %loop26

loop26:
	%422 = phi i64 [ 0, %body25 ], [ %435, %body27 ]
	%423 = phi <8 x float> [ zeroinitializer, %body25 ], [ %434, %body27 ]
	%424 = icmp slt i64 %422, 32
	br i1 %424, label %body27, label %done28

body27:
	%425 = getelementptr inbounds i16, i16* %418, i64 %422
	%426 = bitcast i16* %425 to <8 x i16>*
	%427 = load <8 x i16>, <8 x i16>* %426, align 2
	%428 = zext <8 x i16> %427 to <8 x i32>
	%429 = shl <8 x i32> %428, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%430 = bitcast <8 x i32> %429 to <8 x float>
	%431 = getelementptr inbounds float, float* %421, i64 %422
	%432 = bitcast float* %431 to <8 x float>*
	%433 = load <8 x float>, <8 x float>* %432, align 4
	%434 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %433, <8 x float> %430, <8 x float> %423)
	%435 = add i64 %422, 8
	br label %loop26

done28:
	%436 = add i64 %414, 0
	%437 = mul i64 %436, 24
	%438 = add i64 %291, 0
	%439 = add i64 %437, %438
	%440 = shufflevector <8 x float> %423, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%441 = shufflevector <8 x float> %423, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%442 = fadd <4 x float> %440, %441
	%443 = shufflevector <4 x float> %442, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%444 = shufflevector <4 x float> %442, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%445 = fadd <2 x float> %443, %444
	%446 = shufflevector <2 x float> %445, <2 x float> undef, <1 x i32> <i32 0>
	%447 = shufflevector <2 x float> %445, <2 x float> undef, <1 x i32> <i32 1>
	%448 = fadd <1 x float> %446, %447
	%449 = extractelement <1 x float> %448, i64 0
	%450 = getelementptr inbounds float, float* %11, i64 %439
	%451 = load float, float* %450, align 4
	%452 = fadd float %449, %451
	%453 = getelementptr inbounds float, float* %2, i64 %439
	store float %452, float* %453, align 4
	%454 = add i64 %414, 1
	br label %loop24

done29:
	%455 = add i64 %291, 1
	br label %loop16

done30:
	ret void
}

define void @mtc_k_matmul_sqrelu_bf16_k24_n40(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to float*
	%6 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%7 = load i8*, i8** %6, align 8
	%8 = bitcast i8* %7 to i16*
	%9 = getelementptr inbounds i64, i64* %ints, i64 0
	%10 = load i64, i64* %9, align 8
	%11 = sub i64 %end, %begin
	%12 = sdiv i64 %11, 2
	%13 = mul i64 %12, 2
	%14 = add i64 %begin, %13
	br label %loop1

loop1:
	%15 = phi i64 [ %begin, %entry ], [ %287, %done14 ]
	%16 = icmp slt i64 %15, %14
	br i1 %16, label %body2, label %done15

body2:
	%17 = sdiv i64 %10, 4
	%18 = mul i64 %17, 4
	br label %loop3

loop3:
	%19 = phi i64 [ 0, %body2 ], [ %218, %done7 ]
	%20 = icmp slt i64 %19, %18
	br i1 %20, label %body4, label %done8

body4:
	%21 = add i64 %15, 0
	%22 = mul i64 %21, 24
	%23 = getelementptr inbounds i16, i16* %8, i64 %22
	%24 = add i64 %15, 1
	%25 = mul i64 %24, 24
	%26 = getelementptr inbounds i16, i16* %8, i64 %25
	%27 = add i64 %19, 0
	%28 = mul i64 %27, 24
	%29 = getelementptr inbounds float, float* %5, i64 %28
	%30 = add i64 %19, 1
	%31 = mul i64 %30, 24
	%32 = getelementptr inbounds float, float* %5, i64 %31
	%33 = add i64 %19, 2
	%34 = mul i64 %33, 24
	%35 = getelementptr inbounds float, float* %5, i64 %34
	%36 = add i64 %19, 3
	%37 = mul i64 %36, 24
	%38 = getelementptr inbounds float, float* %5, i64 %37
	br label %loop5

loop5:
	%39 = phi i64 [ 0, %body4 ], [ %81, %body6 ]
	%40 = phi <8 x float> [ zeroinitializer, %body4 ], [ %64, %body6 ]
	%41 = phi <8 x float> [ zeroinitializer, %body4 ], [ %65, %body6 ]
	%42 = phi <8 x float> [ zeroinitializer, %body4 ], [ %69, %body6 ]
	%43 = phi <8 x float> [ zeroinitializer, %body4 ], [ %70, %body6 ]
	%44 = phi <8 x float> [ zeroinitializer, %body4 ], [ %74, %body6 ]
	%45 = phi <8 x float> [ zeroinitializer, %body4 ], [ %75, %body6 ]
	%46 = phi <8 x float> [ zeroinitializer, %body4 ], [ %79, %body6 ]
	%47 = phi <8 x float> [ zeroinitializer, %body4 ], [ %80, %body6 ]
	%48 = icmp slt i64 %39, 24
	br i1 %48, label %body6, label %done7

body6:
	%49 = getelementptr inbounds i16, i16* %23, i64 %39
	%50 = bitcast i16* %49 to <8 x i16>*
	%51 = load <8 x i16>, <8 x i16>* %50, align 2
	%52 = zext <8 x i16> %51 to <8 x i32>
	%53 = shl <8 x i32> %52, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%54 = bitcast <8 x i32> %53 to <8 x float>
	%55 = getelementptr inbounds i16, i16* %26, i64 %39
	%56 = bitcast i16* %55 to <8 x i16>*
	%57 = load <8 x i16>, <8 x i16>* %56, align 2
	%58 = zext <8 x i16> %57 to <8 x i32>
	%59 = shl <8 x i32> %58, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%60 = bitcast <8 x i32> %59 to <8 x float>
	%61 = getelementptr inbounds float, float* %29, i64 %39
	%62 = bitcast float* %61 to <8 x float>*
	%63 = load <8 x float>, <8 x float>* %62, align 4
	%64 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %63, <8 x float> %54, <8 x float> %40)
	%65 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %63, <8 x float> %60, <8 x float> %41)
	%66 = getelementptr inbounds float, float* %32, i64 %39
	%67 = bitcast float* %66 to <8 x float>*
	%68 = load <8 x float>, <8 x float>* %67, align 4
	%69 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %68, <8 x float> %54, <8 x float> %42)
	%70 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %68, <8 x float> %60, <8 x float> %43)
	%71 = getelementptr inbounds float, float* %35, i64 %39
	%72 = bitcast float* %71 to <8 x float>*
	%73 = load <8 x float>, <8 x float>* %72, align 4
	%74 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %54, <8 x float> %44)
	%75 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %60, <8 x float> %45)
	%76 = getelementptr inbounds float, float* %38, i64 %39
	%77 = bitcast float* %76 to <8 x float>*
	%78 = load <8 x float>, <8 x float>* %77, align 4
	%79 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %78, <8 x float> %54, <8 x float> %46)
	%80 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %78, <8 x float> %60, <8 x float> %47)
	%81 = add i64 %39, 8
	br label %loop5

done7:
	%82 = add i64 %19, 0
	%83 = mul i64 %82, 40
	%84 = add i64 %15, 0
	%85 = add i64 %83, %84
	%86 = shufflevector <8 x float> %40, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%87 = shufflevector <8 x float> %40, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%88 = fadd <4 x float> %86, %87
	%89 = shufflevector <4 x float> %88, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%90 = shufflevector <4 x float> %88, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%91 = fadd <2 x float> %89, %90
	%92 = shufflevector <2 x float> %91, <2 x float> undef, <1 x i32> <i32 0>
	%93 = shufflevector <2 x float> %91, <2 x float> undef, <1 x i32> <i32 1>
	%94 = fadd <1 x float> %92, %93
	%95 = extractelement <1 x float> %94, i64 0
	%96 = fcmp olt float %95, 0.0
	%97 = select i1 %96, float 0.0, float %95
	%98 = fmul float %97, %97
	%99 = getelementptr inbounds float, float* %2, i64 %85
	store float %98, float* %99, align 4
	%100 = add i64 %15, 1
	%101 = add i64 %83, %100
	%102 = shufflevector <8 x float> %41, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%103 = shufflevector <8 x float> %41, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%104 = fadd <4 x float> %102, %103
	%105 = shufflevector <4 x float> %104, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%106 = shufflevector <4 x float> %104, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%107 = fadd <2 x float> %105, %106
	%108 = shufflevector <2 x float> %107, <2 x float> undef, <1 x i32> <i32 0>
	%109 = shufflevector <2 x float> %107, <2 x float> undef, <1 x i32> <i32 1>
	%110 = fadd <1 x float> %108, %109
	%111 = extractelement <1 x float> %110, i64 0
	%112 = fcmp olt float %111, 0.0
	%113 = select i1 %112, float 0.0, float %111
	%114 = fmul float %113, %113
	%115 = getelementptr inbounds float, float* %2, i64 %101
	store float %114, float* %115, align 4
	%116 = add i64 %19, 1
	%117 = mul i64 %116, 40
	%118 = add i64 %15, 0
	%119 = add i64 %117, %118
	%120 = shufflevector <8 x float> %42, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%121 = shufflevector <8 x float> %42, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%122 = fadd <4 x float> %120, %121
	%123 = shufflevector <4 x float> %122, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%124 = shufflevector <4 x float> %122, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%125 = fadd <2 x float> %123, %124
	%126 = shufflevector <2 x float> %125, <2 x float> undef, <1 x i32> <i32 0>
	%127 = shufflevector <2 x float> %125, <2 x float> undef, <1 x i32> <i32 1>
	%128 = fadd <1 x float> %126, %127
	%129 = extractelement <1 x float> %128, i64 0
	%130 = fcmp olt float %129, 0.0
	%131 = select i1 %130, float 0.0, float %129
	%132 = fmul float %131, %131
	%133 = getelementptr inbounds float, float* %2, i64 %119
	store float %132, float* %133, align 4
	%134 = add i64 %15, 1
	%135 = add i64 %117, %134
	%136 = shufflevector <8 x float> %43, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%137 = shufflevector <8 x float> %43, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%138 = fadd <4 x float> %136, %137
	%139 = shufflevector <4 x float> %138, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%140 = shufflevector <4 x float> %138, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%141 = fadd <2 x float> %139, %140
	%142 = shufflevector <2 x float> %141, <2 x float> undef, <1 x i32> <i32 0>
	%143 = shufflevector <2 x float> %141, <2 x float> undef, <1 x i32> <i32 1>
	%144 = fadd <1 x float> %142, %143
	%145 = extractelement <1 x float> %144, i64 0
	%146 = fcmp olt float %145, 0.0
	%147 = select i1 %146, float 0.0, float %145
	%148 = fmul float %147, %147
	%149 = getelementptr inbounds float, float* %2, i64 %135
	store float %148, float* %149, align 4
	%150 = add i64 %19, 2
	%151 = mul i64 %150, 40
	%152 = add i64 %15, 0
	%153 = add i64 %151, %152
	%154 = shufflevector <8 x float> %44, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%155 = shufflevector <8 x float> %44, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%156 = fadd <4 x float> %154, %155
	%157 = shufflevector <4 x float> %156, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%158 = shufflevector <4 x float> %156, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%159 = fadd <2 x float> %157, %158
	%160 = shufflevector <2 x float> %159, <2 x float> undef, <1 x i32> <i32 0>
	%161 = shufflevector <2 x float> %159, <2 x float> undef, <1 x i32> <i32 1>
	%162 = fadd <1 x float> %160, %161
	%163 = extractelement <1 x float> %162, i64 0
	%164 = fcmp olt float %163, 0.0
	%165 = select i1 %164, float 0.0, float %163
	%166 = fmul float %165, %165
	%167 = getelementptr inbounds float, float* %2, i64 %153
	store float %166, float* %167, align 4
	%168 = add i64 %15, 1
	%169 = add i64 %151, %168
	%170 = shufflevector <8 x float> %45, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%171 = shufflevector <8 x float> %45, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%172 = fadd <4 x float> %170, %171
	%173 = shufflevector <4 x float> %172, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%174 = shufflevector <4 x float> %172, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%175 = fadd <2 x float> %173, %174
	%176 = shufflevector <2 x float> %175, <2 x float> undef, <1 x i32> <i32 0>
	%177 = shufflevector <2 x float> %175, <2 x float> undef, <1 x i32> <i32 1>
	%178 = fadd <1 x float> %176, %177
	%179 = extractelement <1 x float> %178, i64 0
	%180 = fcmp olt float %179, 0.0
	%181 = select i1 %180, float 0.0, float %179
	%182 = fmul float %181, %181
	%183 = getelementptr inbounds float, float* %2, i64 %169
	store float %182, float* %183, align 4
	%184 = add i64 %19, 3
	%185 = mul i64 %184, 40
	%186 = add i64 %15, 0
	%187 = add i64 %185, %186
	%188 = shufflevector <8 x float> %46, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%189 = shufflevector <8 x float> %46, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%190 = fadd <4 x float> %188, %189
	%191 = shufflevector <4 x float> %190, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%192 = shufflevector <4 x float> %190, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%193 = fadd <2 x float> %191, %192
	%194 = shufflevector <2 x float> %193, <2 x float> undef, <1 x i32> <i32 0>
	%195 = shufflevector <2 x float> %193, <2 x float> undef, <1 x i32> <i32 1>
	%196 = fadd <1 x float> %194, %195
	%197 = extractelement <1 x float> %196, i64 0
	%198 = fcmp olt float %197, 0.0
	%199 = select i1 %198, float 0.0, float %197
	%200 = fmul float %199, %199
	%201 = getelementptr inbounds float, float* %2, i64 %187
	store float %200, float* %201, align 4
	%202 = add i64 %15, 1
	%203 = add i64 %185, %202
	%204 = shufflevector <8 x float> %47, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%205 = shufflevector <8 x float> %47, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%206 = fadd <4 x float> %204, %205
	%207 = shufflevector <4 x float> %206, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%208 = shufflevector <4 x float> %206, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%209 = fadd <2 x float> %207, %208
	%210 = shufflevector <2 x float> %209, <2 x float> undef, <1 x i32> <i32 0>
	%211 = shufflevector <2 x float> %209, <2 x float> undef, <1 x i32> <i32 1>
	%212 = fadd <1 x float> %210, %211
	%213 = extractelement <1 x float> %212, i64 0
	%214 = fcmp olt float %213, 0.0
	%215 = select i1 %214, float 0.0, float %213
	%216 = fmul float %215, %215
	%217 = getelementptr inbounds float, float* %2, i64 %203
	store float %216, float* %217, align 4
	%218 = add i64 %19, 4
	br label %loop3

done8:
	br label %loop9

loop9:
	%219 = phi i64 [ %18, %done8 ], [ %286, %done13 ]
	%220 = icmp slt i64 %219, %10
	br i1 %220, label %body10, label %done14

body10:
	%221 = add i64 %15, 0
	%222 = mul i64 %221, 24
	%223 = getelementptr inbounds i16, i16* %8, i64 %222
	%224 = add i64 %15, 1
	%225 = mul i64 %224, 24
	%226 = getelementptr inbounds i16, i16* %8, i64 %225
	%227 = add i64 %219, 0
	%228 = mul i64 %227, 24
	%229 = getelementptr inbounds float, float* %5, i64 %228
	br label %loop11

loop11:
	%230 = phi i64 [ 0, %body10 ], [ %251, %body12 ]
	%231 = phi <8 x float> [ zeroinitializer, %body10 ], [ %249, %body12 ]
	%232 = phi <8 x float> [ zeroinitializer, %body10 ], [ %250, %body12 ]
	%233 = icmp slt i64 %230, 24
	br i1 %233, label %body12, label %done13

body12:
	%234 = getelementptr inbounds i16, i16* %223, i64 %230
	%235 = bitcast i16* %234 to <8 x i16>*
	%236 = load <8 x i16>, <8 x i16>* %235, align 2
	%237 = zext <8 x i16> %236 to <8 x i32>
	%238 = shl <8 x i32> %237, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%239 = bitcast <8 x i32> %238 to <8 x float>
	%240 = getelementptr inbounds i16, i16* %226, i64 %230
	%241 = bitcast i16* %240 to <8 x i16>*
	%242 = load <8 x i16>, <8 x i16>* %241, align 2
	%243 = zext <8 x i16> %242 to <8 x i32>
	%244 = shl <8 x i32> %243, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%245 = bitcast <8 x i32> %244 to <8 x float>
	%246 = getelementptr inbounds float, float* %229, i64 %230
	%247 = bitcast float* %246 to <8 x float>*
	%248 = load <8 x float>, <8 x float>* %247, align 4
	%249 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %248, <8 x float> %239, <8 x float> %231)
	%250 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %248, <8 x float> %245, <8 x float> %232)
	%251 = add i64 %230, 8
	br label %loop11

done13:
	%252 = add i64 %219, 0
	%253 = mul i64 %252, 40
	%254 = add i64 %15, 0
	%255 = add i64 %253, %254
	%256 = shufflevector <8 x float> %231, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%257 = shufflevector <8 x float> %231, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%258 = fadd <4 x float> %256, %257
	%259 = shufflevector <4 x float> %258, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%260 = shufflevector <4 x float> %258, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%261 = fadd <2 x float> %259, %260
	%262 = shufflevector <2 x float> %261, <2 x float> undef, <1 x i32> <i32 0>
	%263 = shufflevector <2 x float> %261, <2 x float> undef, <1 x i32> <i32 1>
	%264 = fadd <1 x float> %262, %263
	%265 = extractelement <1 x float> %264, i64 0
	%266 = fcmp olt float %265, 0.0
	%267 = select i1 %266, float 0.0, float %265
	%268 = fmul float %267, %267
	%269 = getelementptr inbounds float, float* %2, i64 %255
	store float %268, float* %269, align 4
	%270 = add i64 %15, 1
	%271 = add i64 %253, %270
	%272 = shufflevector <8 x float> %232, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%273 = shufflevector <8 x float> %232, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%274 = fadd <4 x float> %272, %273
	%275 = shufflevector <4 x float> %274, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%276 = shufflevector <4 x float> %274, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%277 = fadd <2 x float> %275, %276
	%278 = shufflevector <2 x float> %277, <2 x float> undef, <1 x i32> <i32 0>
	%279 = shufflevector <2 x float> %277, <2 x float> undef, <1 x i32> <i32 1>
	%280 = fadd <1 x float> %278, %279
	%281 = extractelement <1 x float> %280, i64 0
	%282 = fcmp olt float %281, 0.0
	%283 = select i1 %282, float 0.0, float %281
	%284 = fmul float %283, %283
	%285 = getelementptr inbounds float, float* %2, i64 %271
	store float %284, float* %285, align 4
	%286 = add i64 %219, 1
	br label %loop9

done14:
	%287 = add i64 %15, 2
	br label %loop1

done15:
	br label %loop16

loop16:
	%288 = phi i64 [ %14, %done15 ], [ %452, %done29 ]
	%289 = icmp slt i64 %288, %end
	br i1 %289, label %body17, label %done30

body17:
	%290 = sdiv i64 %10, 4
	%291 = mul i64 %290, 4
	br label %loop18

loop18:
	%292 = phi i64 [ 0, %body17 ], [ %410, %done22 ]
	%293 = icmp slt i64 %292, %291
	br i1 %293, label %body19, label %done23

body19:
	%294 = add i64 %288, 0
	%295 = mul i64 %294, 24
	%296 = getelementptr inbounds i16, i16* %8, i64 %295
	%297 = add i64 %292, 0
	%298 = mul i64 %297, 24
	%299 = getelementptr inbounds float, float* %5, i64 %298
	%300 = add i64 %292, 1
	%301 = mul i64 %300, 24
	%302 = getelementptr inbounds float, float* %5, i64 %301
	%303 = add i64 %292, 2
	%304 = mul i64 %303, 24
	%305 = getelementptr inbounds float, float* %5, i64 %304
	%306 = add i64 %292, 3
	%307 = mul i64 %306, 24
	%308 = getelementptr inbounds float, float* %5, i64 %307
	br label %loop20

loop20:
	%309 = phi i64 [ 0, %body19 ], [ %337, %body21 ]
	%310 = phi <8 x float> [ zeroinitializer, %body19 ], [ %324, %body21 ]
	%311 = phi <8 x float> [ zeroinitializer, %body19 ], [ %328, %body21 ]
	%312 = phi <8 x float> [ zeroinitializer, %body19 ], [ %332, %body21 ]
	%313 = phi <8 x float> [ zeroinitializer, %body19 ], [ %336, %body21 ]
	%314 = icmp slt i64 %309, 24
	br i1 %314, label %body21, label %done22

body21:
	%315 = getelementptr inbounds i16, i16* %296, i64 %309
	%316 = bitcast i16* %315 to <8 x i16>*
	%317 = load <8 x i16>, <8 x i16>* %316, align 2
	%318 = zext <8 x i16> %317 to <8 x i32>
	%319 = shl <8 x i32> %318, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%320 = bitcast <8 x i32> %319 to <8 x float>
	%321 = getelementptr inbounds float, float* %299, i64 %309
	%322 = bitcast float* %321 to <8 x float>*
	%323 = load <8 x float>, <8 x float>* %322, align 4
	%324 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %323, <8 x float> %320, <8 x float> %310)
	%325 = getelementptr inbounds float, float* %302, i64 %309
	%326 = bitcast float* %325 to <8 x float>*
	%327 = load <8 x float>, <8 x float>* %326, align 4
	%328 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %327, <8 x float> %320, <8 x float> %311)
	%329 = getelementptr inbounds float, float* %305, i64 %309
	%330 = bitcast float* %329 to <8 x float>*
	%331 = load <8 x float>, <8 x float>* %330, align 4
	%332 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %331, <8 x float> %320, <8 x float> %312)
	%333 = getelementptr inbounds float, float* %308, i64 %309
	%334 = bitcast float* %333 to <8 x float>*
	%335 = load <8 x float>, <8 x float>* %334, align 4
	%336 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %335, <8 x float> %320, <8 x float> %313)
	%337 = add i64 %309, 8
	br label %loop20

done22:
	%338 = add i64 %292, 0
	%339 = mul i64 %338, 40
	%340 = add i64 %288, 0
	%341 = add i64 %339, %340
	%342 = shufflevector <8 x float> %310, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%343 = shufflevector <8 x float> %310, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%344 = fadd <4 x float> %342, %343
	%345 = shufflevector <4 x float> %344, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%346 = shufflevector <4 x float> %344, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%347 = fadd <2 x float> %345, %346
	%348 = shufflevector <2 x float> %347, <2 x float> undef, <1 x i32> <i32 0>
	%349 = shufflevector <2 x float> %347, <2 x float> undef, <1 x i32> <i32 1>
	%350 = fadd <1 x float> %348, %349
	%351 = extractelement <1 x float> %350, i64 0
	%352 = fcmp olt float %351, 0.0
	%353 = select i1 %352, float 0.0, float %351
	%354 = fmul float %353, %353
	%355 = getelementptr inbounds float, float* %2, i64 %341
	store float %354, float* %355, align 4
	%356 = add i64 %292, 1
	%357 = mul i64 %356, 40
	%358 = add i64 %288, 0
	%359 = add i64 %357, %358
	%360 = shufflevector <8 x float> %311, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%361 = shufflevector <8 x float> %311, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%362 = fadd <4 x float> %360, %361
	%363 = shufflevector <4 x float> %362, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%364 = shufflevector <4 x float> %362, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%365 = fadd <2 x float> %363, %364
	%366 = shufflevector <2 x float> %365, <2 x float> undef, <1 x i32> <i32 0>
	%367 = shufflevector <2 x float> %365, <2 x float> undef, <1 x i32> <i32 1>
	%368 = fadd <1 x float> %366, %367
	%369 = extractelement <1 x float> %368, i64 0
	%370 = fcmp olt float %369, 0.0
	%371 = select i1 %370, float 0.0, float %369
	%372 = fmul float %371, %371
	%373 = getelementptr inbounds float, float* %2, i64 %359
	store float %372, float* %373, align 4
	%374 = add i64 %292, 2
	%375 = mul i64 %374, 40
	%376 = add i64 %288, 0
	%377 = add i64 %375, %376
	%378 = shufflevector <8 x float> %312, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%379 = shufflevector <8 x float> %312, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%380 = fadd <4 x float> %378, %379
	%381 = shufflevector <4 x float> %380, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%382 = shufflevector <4 x float> %380, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%383 = fadd <2 x float> %381, %382
	%384 = shufflevector <2 x float> %383, <2 x float> undef, <1 x i32> <i32 0>
	%385 = shufflevector <2 x float> %383, <2 x float> undef, <1 x i32> <i32 1>
	%386 = fadd <1 x float> %384, %385
	%387 = extractelement <1 x float> %386, i64 0
	%388 = fcmp olt float %387, 0.0
	%389 = select i1 %388, float 0.0, float %387
	%390 = fmul float %389, %389
	%391 = getelementptr inbounds float, float* %2, i64 %377
	store float %390, float* %391, align 4
	%392 = add i64 %292, 3
	%393 = mul i64 %392, 40
	%394 = add i64 %288, 0
	%395 = add i64 %393, %394
	%396 = shufflevector <8 x float> %313, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%397 = shufflevector <8 x float> %313, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%398 = fadd <4 x float> %396, %397
	%399 = shufflevector <4 x float> %398, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%400 = shufflevector <4 x float> %398, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%401 = fadd <2 x float> %399, %400
	%402 = shufflevector <2 x float> %401, <2 x float> undef, <1 x i32> <i32 0>
	%403 = shufflevector <2 x float> %401, <2 x float> undef, <1 x i32> <i32 1>
	%404 = fadd <1 x float> %402, %403
	%405 = extractelement <1 x float> %404, i64 0
	%406 = fcmp olt float %405, 0.0
	%407 = select i1 %406, float 0.0, float %405
	%408 = fmul float %407, %407
	%409 = getelementptr inbounds float, float* %2, i64 %395
	store float %408, float* %409, align 4
	%410 = add i64 %292, 4
	br label %loop18

done23:
	br label %loop24

loop24:
	%411 = phi i64 [ %291, %done23 ], [ %451, %done28 ]
	%412 = icmp slt i64 %411, %10
	br i1 %412, label %body25, label %done29

body25:
	%413 = add i64 %288, 0
	%414 = mul i64 %413, 24
	%415 = getelementptr inbounds i16, i16* %8, i64 %414
	%416 = add i64 %411, 0
	%417 = mul i64 %416, 24
	%418 = getelementptr inbounds float, float* %5, i64 %417
	br label %loop26

loop26:
	%419 = phi i64 [ 0, %body25 ], [ %432, %body27 ]
	%420 = phi <8 x float> [ zeroinitializer, %body25 ], [ %431, %body27 ]
	%421 = icmp slt i64 %419, 24
	br i1 %421, label %body27, label %done28

body27:
	%422 = getelementptr inbounds i16, i16* %415, i64 %419
	%423 = bitcast i16* %422 to <8 x i16>*
	%424 = load <8 x i16>, <8 x i16>* %423, align 2
	%425 = zext <8 x i16> %424 to <8 x i32>
	%426 = shl <8 x i32> %425, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%427 = bitcast <8 x i32> %426 to <8 x float>
	%428 = getelementptr inbounds float, float* %418, i64 %419
	%429 = bitcast float* %428 to <8 x float>*
	%430 = load <8 x float>, <8 x float>* %429, align 4
	%431 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %430, <8 x float> %427, <8 x float> %420)
	%432 = add i64 %419, 8
	br label %loop26

done28:
	%433 = add i64 %411, 0
	%434 = mul i64 %433, 40
	%435 = add i64 %288, 0
	%436 = add i64 %434, %435
	%437 = shufflevector <8 x float> %420, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%438 = shufflevector <8 x float> %420, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%439 = fadd <4 x float> %437, %438
	%440 = shufflevector <4 x float> %439, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%441 = shufflevector <4 x float> %439, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%442 = fadd <2 x float> %440, %441
	%443 = shufflevector <2 x float> %442, <2 x float> undef, <1 x i32> <i32 0>
	%444 = shufflevector <2 x float> %442, <2 x float> undef, <1 x i32> <i32 1>
	%445 = fadd <1 x float> %443, %444
	%446 = extractelement <1 x float> %445, i64 0
	%447 = fcmp olt float %446, 0.0
	%448 = select i1 %447, float 0.0, float %446
	%449 = fmul float %448, %448
	%450 = getelementptr inbounds float, float* %2, i64 %436
	store float %449, float* %450, align 4
	%451 = add i64 %411, 1
	br label %loop24

done29:
	%452 = add i64 %288, 1
	br label %loop16

done30:
	ret void
}

define void @mtc_k_matmul_add_bf16_k40_n24(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to float*
	%6 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%7 = load i8*, i8** %6, align 8
	%8 = bitcast i8* %7 to i16*
	%9 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%10 = load i8*, i8** %9, align 8
	%11 = bitcast i8* %10 to float*
	%12 = getelementptr inbounds i64, i64* %ints, i64 0
	%13 = load i64, i64* %12, align 8
	%14 = sub i64 %end, %begin
	%15 = sdiv i64 %14, 2
	%16 = mul i64 %15, 2
	%17 = add i64 %begin, %16
	br label %loop1

loop1:
	%18 = phi i64 [ %begin, %entry ], [ %290, %done14 ]
	%19 = icmp slt i64 %18, %17
	br i1 %19, label %body2, label %done15

body2:
	%20 = sdiv i64 %13, 4
	%21 = mul i64 %20, 4
	br label %loop3

loop3:
	%22 = phi i64 [ 0, %body2 ], [ %221, %done7 ]
	%23 = icmp slt i64 %22, %21
	br i1 %23, label %body4, label %done8

body4:
	%24 = add i64 %18, 0
	%25 = mul i64 %24, 40
	%26 = getelementptr inbounds i16, i16* %8, i64 %25
	%27 = add i64 %18, 1
	%28 = mul i64 %27, 40
	%29 = getelementptr inbounds i16, i16* %8, i64 %28
	%30 = add i64 %22, 0
	%31 = mul i64 %30, 40
	%32 = getelementptr inbounds float, float* %5, i64 %31
	%33 = add i64 %22, 1
	%34 = mul i64 %33, 40
	%35 = getelementptr inbounds float, float* %5, i64 %34
	%36 = add i64 %22, 2
	%37 = mul i64 %36, 40
	%38 = getelementptr inbounds float, float* %5, i64 %37
	%39 = add i64 %22, 3
	%40 = mul i64 %39, 40
	%41 = getelementptr inbounds float, float* %5, i64 %40
	br label %loop5

loop5:
	%42 = phi i64 [ 0, %body4 ], [ %84, %body6 ]
	%43 = phi <8 x float> [ zeroinitializer, %body4 ], [ %67, %body6 ]
	%44 = phi <8 x float> [ zeroinitializer, %body4 ], [ %68, %body6 ]
	%45 = phi <8 x float> [ zeroinitializer, %body4 ], [ %72, %body6 ]
	%46 = phi <8 x float> [ zeroinitializer, %body4 ], [ %73, %body6 ]
	%47 = phi <8 x float> [ zeroinitializer, %body4 ], [ %77, %body6 ]
	%48 = phi <8 x float> [ zeroinitializer, %body4 ], [ %78, %body6 ]
	%49 = phi <8 x float> [ zeroinitializer, %body4 ], [ %82, %body6 ]
	%50 = phi <8 x float> [ zeroinitializer, %body4 ], [ %83, %body6 ]
	%51 = icmp slt i64 %42, 40
	br i1 %51, label %body6, label %done7

body6:
	%52 = getelementptr inbounds i16, i16* %26, i64 %42
	%53 = bitcast i16* %52 to <8 x i16>*
	%54 = load <8 x i16>, <8 x i16>* %53, align 2
	%55 = zext <8 x i16> %54 to <8 x i32>
	%56 = shl <8 x i32> %55, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%57 = bitcast <8 x i32> %56 to <8 x float>
	%58 = getelementptr inbounds i16, i16* %29, i64 %42
	%59 = bitcast i16* %58 to <8 x i16>*
	%60 = load <8 x i16>, <8 x i16>* %59, align 2
	%61 = zext <8 x i16> %60 to <8 x i32>
	%62 = shl <8 x i32> %61, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%63 = bitcast <8 x i32> %62 to <8 x float>
	%64 = getelementptr inbounds float, float* %32, i64 %42
	%65 = bitcast float* %64 to <8 x float>*
	%66 = load <8 x float>, <8 x float>* %65, align 4
	%67 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %66, <8 x float> %57, <8 x float> %43)
	%68 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %66, <8 x float> %63, <8 x float> %44)
	%69 = getelementptr inbounds float, float* %35, i64 %42
	%70 = bitcast float* %69 to <8 x float>*
	%71 = load <8 x float>, <8 x float>* %70, align 4
	%72 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %71, <8 x float> %57, <8 x float> %45)
	%73 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %71, <8 x float> %63, <8 x float> %46)
	%74 = getelementptr inbounds float, float* %38, i64 %42
	%75 = bitcast float* %74 to <8 x float>*
	%76 = load <8 x float>, <8 x float>* %75, align 4
	%77 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %76, <8 x float> %57, <8 x float> %47)
	%78 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %76, <8 x float> %63, <8 x float> %48)
	%79 = getelementptr inbounds float, float* %41, i64 %42
	%80 = bitcast float* %79 to <8 x float>*
	%81 = load <8 x float>, <8 x float>* %80, align 4
	%82 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %81, <8 x float> %57, <8 x float> %49)
	%83 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %81, <8 x float> %63, <8 x float> %50)
	%84 = add i64 %42, 8
	br label %loop5

done7:
	%85 = add i64 %22, 0
	%86 = mul i64 %85, 24
	%87 = add i64 %18, 0
	%88 = add i64 %86, %87
	%89 = shufflevector <8 x float> %43, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%90 = shufflevector <8 x float> %43, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%91 = fadd <4 x float> %89, %90
	%92 = shufflevector <4 x float> %91, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%93 = shufflevector <4 x float> %91, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%94 = fadd <2 x float> %92, %93
	%95 = shufflevector <2 x float> %94, <2 x float> undef, <1 x i32> <i32 0>
	%96 = shufflevector <2 x float> %94, <2 x float> undef, <1 x i32> <i32 1>
	%97 = fadd <1 x float> %95, %96
	%98 = extractelement <1 x float> %97, i64 0
	%99 = getelementptr inbounds float, float* %11, i64 %88
	%100 = load float, float* %99, align 4
	%101 = fadd float %98, %100
	%102 = getelementptr inbounds float, float* %2, i64 %88
	store float %101, float* %102, align 4
	%103 = add i64 %18, 1
	%104 = add i64 %86, %103
	%105 = shufflevector <8 x float> %44, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%106 = shufflevector <8 x float> %44, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%107 = fadd <4 x float> %105, %106
	%108 = shufflevector <4 x float> %107, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%109 = shufflevector <4 x float> %107, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%110 = fadd <2 x float> %108, %109
	%111 = shufflevector <2 x float> %110, <2 x float> undef, <1 x i32> <i32 0>
	%112 = shufflevector <2 x float> %110, <2 x float> undef, <1 x i32> <i32 1>
	%113 = fadd <1 x float> %111, %112
	%114 = extractelement <1 x float> %113, i64 0
	%115 = getelementptr inbounds float, float* %11, i64 %104
	%116 = load float, float* %115, align 4
	%117 = fadd float %114, %116
	%118 = getelementptr inbounds float, float* %2, i64 %104
	store float %117, float* %118, align 4
	%119 = add i64 %22, 1
	%120 = mul i64 %119, 24
	%121 = add i64 %18, 0
	%122 = add i64 %120, %121
	%123 = shufflevector <8 x float> %45, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%124 = shufflevector <8 x float> %45, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%125 = fadd <4 x float> %123, %124
	%126 = shufflevector <4 x float> %125, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%127 = shufflevector <4 x float> %125, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%128 = fadd <2 x float> %126, %127
	%129 = shufflevector <2 x float> %128, <2 x float> undef, <1 x i32> <i32 0>
	%130 = shufflevector <2 x float> %128, <2 x float> undef, <1 x i32> <i32 1>
	%131 = fadd <1 x float> %129, %130
	%132 = extractelement <1 x float> %131, i64 0
	%133 = getelementptr inbounds float, float* %11, i64 %122
	%134 = load float, float* %133, align 4
	%135 = fadd float %132, %134
	%136 = getelementptr inbounds float, float* %2, i64 %122
	store float %135, float* %136, align 4
	%137 = add i64 %18, 1
	%138 = add i64 %120, %137
	%139 = shufflevector <8 x float> %46, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%140 = shufflevector <8 x float> %46, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%141 = fadd <4 x float> %139, %140
	%142 = shufflevector <4 x float> %141, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%143 = shufflevector <4 x float> %141, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%144 = fadd <2 x float> %142, %143
	%145 = shufflevector <2 x float> %144, <2 x float> undef, <1 x i32> <i32 0>
	%146 = shufflevector <2 x float> %144, <2 x float> undef, <1 x i32> <i32 1>
	%147 = fadd <1 x float> %145, %146
	%148 = extractelement <1 x float> %147, i64 0
	%149 = getelementptr inbounds float, float* %11, i64 %138
	%150 = load float, float* %149, align 4
	%151 = fadd float %148, %150
	%152 = getelementptr inbounds float, float* %2, i64 %138
	store float %151, float* %152, align 4
	%153 = add i64 %22, 2
	%154 = mul i64 %153, 24
	%155 = add i64 %18, 0
	%156 = add i64 %154, %155
	%157 = shufflevector <8 x float> %47, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%158 = shufflevector <8 x float> %47, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%159 = fadd <4 x float> %157, %158
	%160 = shufflevector <4 x float> %159, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%161 = shufflevector <4 x float> %159, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%162 = fadd <2 x float> %160, %161
	%163 = shufflevector <2 x float> %162, <2 x float> undef, <1 x i32> <i32 0>
	%164 = shufflevector <2 x float> %162, <2 x float> undef, <1 x i32> <i32 1>
	%165 = fadd <1 x float> %163, %164
	%166 = extractelement <1 x float> %165, i64 0
	%167 = getelementptr inbounds float, float* %11, i64 %156
	%168 = load float, float* %167, align 4
	%169 = fadd float %166, %168
	%170 = getelementptr inbounds float, float* %2, i64 %156
	store float %169, float* %170, align 4
	%171 = add i64 %18, 1
	%172 = add i64 %154, %171
	%173 = shufflevector <8 x float> %48, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%174 = shufflevector <8 x float> %48, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%175 = fadd <4 x float> %173, %174
	%176 = shufflevector <4 x float> %175, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%177 = shufflevector <4 x float> %175, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%178 = fadd <2 x float> %176, %177
	%179 = shufflevector <2 x float> %178, <2 x float> undef, <1 x i32> <i32 0>
	%180 = shufflevector <2 x float> %178, <2 x float> undef, <1 x i32> <i32 1>
	%181 = fadd <1 x float> %179, %180
	%182 = extractelement <1 x float> %181, i64 0
	%183 = getelementptr inbounds float, float* %11, i64 %172
	%184 = load float, float* %183, align 4
	%185 = fadd float %182, %184
	%186 = getelementptr inbounds float, float* %2, i64 %172
	store float %185, float* %186, align 4
	%187 = add i64 %22, 3
	%188 = mul i64 %187, 24
	%189 = add i64 %18, 0
	%190 = add i64 %188, %189
	%191 = shufflevector <8 x float> %49, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%192 = shufflevector <8 x float> %49, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%193 = fadd <4 x float> %191, %192
	%194 = shufflevector <4 x float> %193, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%195 = shufflevector <4 x float> %193, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%196 = fadd <2 x float> %194, %195
	%197 = shufflevector <2 x float> %196, <2 x float> undef, <1 x i32> <i32 0>
	%198 = shufflevector <2 x float> %196, <2 x float> undef, <1 x i32> <i32 1>
	%199 = fadd <1 x float> %197, %198
	%200 = extractelement <1 x float> %199, i64 0
	%201 = getelementptr inbounds float, float* %11, i64 %190
	%202 = load float, float* %201, align 4
	%203 = fadd float %200, %202
	%204 = getelementptr inbounds float, float* %2, i64 %190
	store float %203, float* %204, align 4
	%205 = add i64 %18, 1
	%206 = add i64 %188, %205
	%207 = shufflevector <8 x float> %50, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%208 = shufflevector <8 x float> %50, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%209 = fadd <4 x float> %207, %208
	%210 = shufflevector <4 x float> %209, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%211 = shufflevector <4 x float> %209, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%212 = fadd <2 x float> %210, %211
	%213 = shufflevector <2 x float> %212, <2 x float> undef, <1 x i32> <i32 0>
	%214 = shufflevector <2 x float> %212, <2 x float> undef, <1 x i32> <i32 1>
	%215 = fadd <1 x float> %213, %214
	%216 = extractelement <1 x float> %215, i64 0
	%217 = getelementptr inbounds float, float* %11, i64 %206
	%218 = load float, float* %217, align 4
	%219 = fadd float %216, %218
	%220 = getelementptr inbounds float, float* %2, i64 %206
	store float %219, float* %220, align 4
	%221 = add i64 %22, 4
	br label %loop3

done8:
	br label %loop9

loop9:
	%222 = phi i64 [ %21, %done8 ], [ %289, %done13 ]
	%223 = icmp slt i64 %222, %13
	br i1 %223, label %body10, label %done14

body10:
	%224 = add i64 %18, 0
	%225 = mul i64 %224, 40
	%226 = getelementptr inbounds i16, i16* %8, i64 %225
	%227 = add i64 %18, 1
	%228 = mul i64 %227, 40
	%229 = getelementptr inbounds i16, i16* %8, i64 %228
	%230 = add i64 %222, 0
	%231 = mul i64 %230, 40
	%232 = getelementptr inbounds float, float* %5, i64 %231
	br label %loop11

loop11:
	%233 = phi i64 [ 0, %body10 ], [ %254, %body12 ]
	%234 = phi <8 x float> [ zeroinitializer, %body10 ], [ %252, %body12 ]
	%235 = phi <8 x float> [ zeroinitializer, %body10 ], [ %253, %body12 ]
	%236 = icmp slt i64 %233, 40
	br i1 %236, label %body12, label %done13

body12:
	%237 = getelementptr inbounds i16, i16* %226, i64 %233
	%238 = bitcast i16* %237 to <8 x i16>*
	%239 = load <8 x i16>, <8 x i16>* %238, align 2
	%240 = zext <8 x i16> %239 to <8 x i32>
	%241 = shl <8 x i32> %240, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%242 = bitcast <8 x i32> %241 to <8 x float>
	%243 = getelementptr inbounds i16, i16* %229, i64 %233
	%244 = bitcast i16* %243 to <8 x i16>*
	%245 = load <8 x i16>, <8 x i16>* %244, align 2
	%246 = zext <8 x i16> %245 to <8 x i32>
	%247 = shl <8 x i32> %246, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%248 = bitcast <8 x i32> %247 to <8 x float>
	%249 = getelementptr inbounds float, float* %232, i64 %233
	%250 = bitcast float* %249 to <8 x float>*
	%251 = load <8 x float>, <8 x float>* %250, align 4
	%252 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %251, <8 x float> %242, <8 x float> %234)
	%253 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %251, <8 x float> %248, <8 x float> %235)
	%254 = add i64 %233, 8
	br label %loop11

done13:
	%255 = add i64 %222, 0
	%256 = mul i64 %255, 24
	%257 = add i64 %18, 0
	%258 = add i64 %256, %257
	%259 = shufflevector <8 x float> %234, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%260 = shufflevector <8 x float> %234, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%261 = fadd <4 x float> %259, %260
	%262 = shufflevector <4 x float> %261, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%263 = shufflevector <4 x float> %261, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%264 = fadd <2 x float> %262, %263
	%265 = shufflevector <2 x float> %264, <2 x float> undef, <1 x i32> <i32 0>
	%266 = shufflevector <2 x float> %264, <2 x float> undef, <1 x i32> <i32 1>
	%267 = fadd <1 x float> %265, %266
	%268 = extractelement <1 x float> %267, i64 0
	%269 = getelementptr inbounds float, float* %11, i64 %258
	%270 = load float, float* %269, align 4
	%271 = fadd float %268, %270
	%272 = getelementptr inbounds float, float* %2, i64 %258
	store float %271, float* %272, align 4
	%273 = add i64 %18, 1
	%274 = add i64 %256, %273
	%275 = shufflevector <8 x float> %235, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%276 = shufflevector <8 x float> %235, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%277 = fadd <4 x float> %275, %276
	%278 = shufflevector <4 x float> %277, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%279 = shufflevector <4 x float> %277, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%280 = fadd <2 x float> %278, %279
	%281 = shufflevector <2 x float> %280, <2 x float> undef, <1 x i32> <i32 0>
	%282 = shufflevector <2 x float> %280, <2 x float> undef, <1 x i32> <i32 1>
	%283 = fadd <1 x float> %281, %282
	%284 = extractelement <1 x float> %283, i64 0
	%285 = getelementptr inbounds float, float* %11, i64 %274
	%286 = load float, float* %285, align 4
	%287 = fadd float %284, %286
	%288 = getelementptr inbounds float, float* %2, i64 %274
	store float %287, float* %288, align 4
	%289 = add i64 %222, 1
	br label %loop9

done14:
	%290 = add i64 %18, 2
	br label %loop1

done15:
	br label %loop16

loop16:
	%291 = phi i64 [ %17, %done15 ], [ %455, %done29 ]
	%292 = icmp slt i64 %291, %end
	br i1 %292, label %body17, label %done30

body17:
	%293 = sdiv i64 %13, 4
	%294 = mul i64 %293, 4
	br label %loop18

loop18:
	%295 = phi i64 [ 0, %body17 ], [ %413, %done22 ]
	%296 = icmp slt i64 %295, %294
	br i1 %296, label %body19, label %done23

body19:
	%297 = add i64 %291, 0
	%298 = mul i64 %297, 40
	%299 = getelementptr inbounds i16, i16* %8, i64 %298
	%300 = add i64 %295, 0
	%301 = mul i64 %300, 40
	%302 = getelementptr inbounds float, float* %5, i64 %301
	%303 = add i64 %295, 1
	%304 = mul i64 %303, 40
	%305 = getelementptr inbounds float, float* %5, i64 %304
	%306 = add i64 %295, 2
	%307 = mul i64 %306, 40
	%308 = getelementptr inbounds float, float* %5, i64 %307
	%309 = add i64 %295, 3
	%310 = mul i64 %309, 40
	%311 = getelementptr inbounds float, float* %5, i64 %310
	br label %loop20

loop20:
	%312 = phi i64 [ 0, %body19 ], [ %340, %body21 ]
	%313 = phi <8 x float> [ zeroinitializer, %body19 ], [ %327, %body21 ]
	%314 = phi <8 x float> [ zeroinitializer, %body19 ], [ %331, %body21 ]
	%315 = phi <8 x float> [ zeroinitializer, %body19 ], [ %335, %body21 ]
	%316 = phi <8 x float> [ zeroinitializer, %body19 ], [ %339, %body21 ]
	%317 = icmp slt i64 %312, 40
	br i1 %317, label %body21, label %done22

body21:
	%318 = getelementptr inbounds i16, i16* %299, i64 %312
	%319 = bitcast i16* %318 to <8 x i16>*
	%320 = load <8 x i16>, <8 x i16>* %319, align 2
	%321 = zext <8 x i16> %320 to <8 x i32>
	%322 = shl <8 x i32> %321, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%323 = bitcast <8 x i32> %322 to <8 x float>
	%324 = getelementptr inbounds float, float* %302, i64 %312
	%325 = bitcast float* %324 to <8 x float>*
	%326 = load <8 x float>, <8 x float>* %325, align 4
	%327 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %326, <8 x float> %323, <8 x float> %313)
	%328 = getelementptr inbounds float, float* %305, i64 %312
	%329 = bitcast float* %328 to <8 x float>*
	%330 = load <8 x float>, <8 x float>* %329, align 4
	%331 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %330, <8 x float> %323, <8 x float> %314)
	%332 = getelementptr inbounds float, float* %308, i64 %312
	%333 = bitcast float* %332 to <8 x float>*
	%334 = load <8 x float>, <8 x float>* %333, align 4
	%335 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %334, <8 x float> %323, <8 x float> %315)
	%336 = getelementptr inbounds float, float* %311, i64 %312
	%337 = bitcast float* %336 to <8 x float>*
	%338 = load <8 x float>, <8 x float>* %337, align 4
	%339 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %338, <8 x float> %323, <8 x float> %316)
	%340 = add i64 %312, 8
	br label %loop20

done22:
	%341 = add i64 %295, 0
	%342 = mul i64 %341, 24
	%343 = add i64 %291, 0
	%344 = add i64 %342, %343
	%345 = shufflevector <8 x float> %313, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%346 = shufflevector <8 x float> %313, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%347 = fadd <4 x float> %345, %346
	%348 = shufflevector <4 x float> %347, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%349 = shufflevector <4 x float> %347, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%350 = fadd <2 x float> %348, %349
	%351 = shufflevector <2 x float> %350, <2 x float> undef, <1 x i32> <i32 0>
	%352 = shufflevector <2 x float> %350, <2 x float> undef, <1 x i32> <i32 1>
	%353 = fadd <1 x float> %351, %352
	%354 = extractelement <1 x float> %353, i64 0
	%355 = getelementptr inbounds float, float* %11, i64 %344
	%356 = load float, float* %355, align 4
	%357 = fadd float %354, %356
	%358 = getelementptr inbounds float, float* %2, i64 %344
	store float %357, float* %358, align 4
	%359 = add i64 %295, 1
	%360 = mul i64 %359, 24
	%361 = add i64 %291, 0
	%362 = add i64 %360, %361
	%363 = shufflevector <8 x float> %314, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%364 = shufflevector <8 x float> %314, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%365 = fadd <4 x float> %363, %364
	%366 = shufflevector <4 x float> %365, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%367 = shufflevector <4 x float> %365, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%368 = fadd <2 x float> %366, %367
	%369 = shufflevector <2 x float> %368, <2 x float> undef, <1 x i32> <i32 0>
	%370 = shufflevector <2 x float> %368, <2 x float> undef, <1 x i32> <i32 1>
	%371 = fadd <1 x float> %369, %370
	%372 = extractelement <1 x float> %371, i64 0
	%373 = getelementptr inbounds float, float* %11, i64 %362
	%374 = load float, float* %373, align 4
	%375 = fadd float %372, %374
	%376 = getelementptr inbounds float, float* %2, i64 %362
	store float %375, float* %376, align 4
	%377 = add i64 %295, 2
	%378 = mul i64 %377, 24
	%379 = add i64 %291, 0
	%380 = add i64 %378, %379
	%381 = shufflevector <8 x float> %315, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%382 = shufflevector <8 x float> %315, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%383 = fadd <4 x float> %381, %382
	%384 = shufflevector <4 x float> %383, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%385 = shufflevector <4 x float> %383, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%386 = fadd <2 x float> %384, %385
	%387 = shufflevector <2 x float> %386, <2 x float> undef, <1 x i32> <i32 0>
	%388 = shufflevector <2 x float> %386, <2 x float> undef, <1 x i32> <i32 1>
	%389 = fadd <1 x float> %387, %388
	%390 = extractelement <1 x float> %389, i64 0
	%391 = getelementptr inbounds float, float* %11, i64 %380
	%392 = load float, float* %391, align 4
	%393 = fadd float %390, %392
	%394 = getelementptr inbounds float, float* %2, i64 %380
	store float %393, float* %394, align 4
	%395 = add i64 %295, 3
	%396 = mul i64 %395, 24
	%397 = add i64 %291, 0
	%398 = add i64 %396, %397
	%399 = shufflevector <8 x float> %316, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%400 = shufflevector <8 x float> %316, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%401 = fadd <4 x float> %399, %400
	%402 = shufflevector <4 x float> %401, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%403 = shufflevector <4 x float> %401, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%404 = fadd <2 x float> %402, %403
	%405 = shufflevector <2 x float> %404, <2 x float> undef, <1 x i32> <i32 0>
	%406 = shufflevector <2 x float> %404, <2 x float> undef, <1 x i32> <i32 1>
	%407 = fadd <1 x float> %405, %406
	%408 = extractelement <1 x float> %407, i64 0
	%409 = getelementptr inbounds float, float* %11, i64 %398
	%410 = load float, float* %409, align 4
	%411 = fadd float %408, %410
	%412 = getelementptr inbounds float, float* %2, i64 %398
	store float %411, float* %412, align 4
	%413 = add i64 %295, 4
	br label %loop18

done23:
	br label %loop24

loop24:
	%414 = phi i64 [ %294, %done23 ], [ %454, %done28 ]
	%415 = icmp slt i64 %414, %13
	br i1 %415, label %body25, label %done29

body25:
	%416 = add i64 %291, 0
	%417 = mul i64 %416, 40
	%418 = getelementptr inbounds i16, i16* %8, i64 %417
	%419 = add i64 %414, 0
	%420 = mul i64 %419, 40
	%421 = getelementptr inbounds float, float* %5, i64 %420
	br label %loop26

loop26:
	%422 = phi i64 [ 0, %body25 ], [ %435, %body27 ]
	%423 = phi <8 x float> [ zeroinitializer, %body25 ], [ %434, %body27 ]
	%424 = icmp slt i64 %422, 40
	br i1 %424, label %body27, label %done28

body27:
	%425 = getelementptr inbounds i16, i16* %418, i64 %422
	%426 = bitcast i16* %425 to <8 x i16>*
	%427 = load <8 x i16>, <8 x i16>* %426, align 2
	%428 = zext <8 x i16> %427 to <8 x i32>
	%429 = shl <8 x i32> %428, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%430 = bitcast <8 x i32> %429 to <8 x float>
	%431 = getelementptr inbounds float, float* %421, i64 %422
	%432 = bitcast float* %431 to <8 x float>*
	%433 = load <8 x float>, <8 x float>* %432, align 4
	%434 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %433, <8 x float> %430, <8 x float> %423)
	%435 = add i64 %422, 8
	br label %loop26

done28:
	%436 = add i64 %414, 0
	%437 = mul i64 %436, 24
	%438 = add i64 %291, 0
	%439 = add i64 %437, %438
	%440 = shufflevector <8 x float> %423, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%441 = shufflevector <8 x float> %423, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%442 = fadd <4 x float> %440, %441
	%443 = shufflevector <4 x float> %442, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%444 = shufflevector <4 x float> %442, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%445 = fadd <2 x float> %443, %444
	%446 = shufflevector <2 x float> %445, <2 x float> undef, <1 x i32> <i32 0>
	%447 = shufflevector <2 x float> %445, <2 x float> undef, <1 x i32> <i32 1>
	%448 = fadd <1 x float> %446, %447
	%449 = extractelement <1 x float> %448, i64 0
	%450 = getelementptr inbounds float, float* %11, i64 %439
	%451 = load float, float* %450, align 4
	%452 = fadd float %449, %451
	%453 = getelementptr inbounds float, float* %2, i64 %439
	store float %452, float* %453, align 4
	%454 = add i64 %414, 1
	br label %loop24

done29:
	%455 = add i64 %291, 1
	br label %loop16

done30:
	ret void
}

define void @mtc_k_last_n24(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to float*
	%6 = getelementptr inbounds i64, i64* %ints, i64 0
	%7 = load i64, i64* %6, align 8
	%8 = getelementptr inbounds i64, i64* %ints, i64 1
	%9 = load i64, i64* %8, align 8
	%10 = sub i64 %7, %9
	br label %loop1

loop1:
	%11 = phi i64 [ %begin, %entry ], [ %32, %join4 ]
	%12 = icmp slt i64 %11, %end
	br i1 %12, label %body2, label %done12

body2:
	%13 = add i64 %10, %11
	%14 = mul i64 %11, 24
	%15 = getelementptr inbounds float, float* %2, i64 %14
	%16 = icmp sge i64 %13, 0
	br i1 %16, label %then3, label %else5

then3:
	%17 = mul i64 %13, 24
	%18 = getelementptr inbounds float, float* %5, i64 %17
	br label %loop6

else5:
	br label %loop9

loop6:
	%19 = phi i64 [ 0, %then3 ], [ %26, %body7 ]
	%20 = icmp slt i64 %19, 24
	br i1 %20, label %body7, label %done8

body7:
	%21 = getelementptr inbounds float, float* %18, i64 %19
	%22 = bitcast float* %21 to <8 x float>*
	%23 = load <8 x float>, <8 x float>* %22, align 4
	%24 = getelementptr inbounds float, float* %15, i64 %19
	%25 = bitcast float* %24 to <8 x float>*
	store <8 x float> %23, <8 x float>* %25, align 4
	%26 = add i64 %19, 8
	br label %loop6

done8:
	br label %join4

loop9:
	%27 = phi i64 [ 0, %else5 ], [ %31, %body10 ]
	%28 = icmp slt i64 %27, 24
	br i1 %28, label %body10, label %done11

body10:
	%29 = getelementptr inbounds float, float* %15, i64 %27
	%30 = bitcast float* %29 to <8 x float>*
	store <8 x float> <float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000>, <8 x float>* %30, align 4
	%31 = add i64 %27, 8
	br label %loop9

done11:
	br label %join4

join4:
	%32 = add i64 %11, 1
	br label %loop1

done12:
	ret void
}

define void @mtc_k_matmul_bf16_k24_n32(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to float*
	%6 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%7 = load i8*, i8** %6, align 8
	%8 = bitcast i8* %7 to i16*
	%9 = getelementptr inbounds i64, i64* %ints, i64 0
	%10 = load i64, i64* %9, align 8
	%11 = sub i64 %end, %begin
	%12 = sdiv i64 %11, 2
	%13 = mul i64 %12, 2
	%14 = add i64 %begin, %13
	br label %loop1

loop1:
	%15 = phi i64 [ %begin, %entry ], [ %257, %done14 ]
	%16 = icmp slt i64 %15, %14
	br i1 %16, label %body2, label %done15

body2:
	%17 = sdiv i64 %10, 4
	%18 = mul i64 %17, 4
	br label %loop3

loop3:
	%19 = phi i64 [ 0, %body2 ], [ %194, %done7 ]
	%20 = icmp slt i64 %19, %18
	br i1 %20, label %body4, label %done8

body4:
	%21 = add i64 %15, 0
	%22 = mul i64 %21, 24
	%23 = getelementptr inbounds i16, i16* %8, i64 %22
	%24 = add i64 %15, 1
	%25 = mul i64 %24, 24
	%26 = getelementptr inbounds i16, i16* %8, i64 %25
	%27 = add i64 %19, 0
	%28 = mul i64 %27, 24
	%29 = getelementptr inbounds float, float* %5, i64 %28
	%30 = add i64 %19, 1
	%31 = mul i64 %30, 24
	%32 = getelementptr inbounds float, float* %5, i64 %31
	%33 = add i64 %19, 2
	%34 = mul i64 %33, 24
	%35 = getelementptr inbounds float, float* %5, i64 %34
	%36 = add i64 %19, 3
	%37 = mul i64 %36, 24
	%38 = getelementptr inbounds float, float* %5, i64 %37
	br label %loop5

loop5:
	%39 = phi i64 [ 0, %body4 ], [ %81, %body6 ]
	%40 = phi <8 x float> [ zeroinitializer, %body4 ], [ %64, %body6 ]
	%41 = phi <8 x float> [ zeroinitializer, %body4 ], [ %65, %body6 ]
	%42 = phi <8 x float> [ zeroinitializer, %body4 ], [ %69, %body6 ]
	%43 = phi <8 x float> [ zeroinitializer, %body4 ], [ %70, %body6 ]
	%44 = phi <8 x float> [ zeroinitializer, %body4 ], [ %74, %body6 ]
	%45 = phi <8 x float> [ zeroinitializer, %body4 ], [ %75, %body6 ]
	%46 = phi <8 x float> [ zeroinitializer, %body4 ], [ %79, %body6 ]
	%47 = phi <8 x float> [ zeroinitializer, %body4 ], [ %80, %body6 ]
	%48 = icmp slt i64 %39, 24
	br i1 %48, label %body6, label %done7

body6:
	%49 = getelementptr inbounds i16, i16* %23, i64 %39
	%50 = bitcast i16* %49 to <8 x i16>*
	%51 = load <8 x i16>, <8 x i16>* %50, align 2
	%52 = zext <8 x i16> %51 to <8 x i32>
	%53 = shl <8 x i32> %52, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%54 = bitcast <8 x i32> %53 to <8 x float>
	%55 = getelementptr inbounds i16, i16* %26, i64 %39
	%56 = bitcast i16* %55 to <8 x i16>*
	%57 = load <8 x i16>, <8 x i16>* %56, align 2
	%58 = zext <8 x i16> %57 to <8 x i32>
	%59 = shl <8 x i32> %58, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%60 = bitcast <8 x i32> %59 to <8 x float>
	%61 = getelementptr inbounds float, float* %29, i64 %39
	%62 = bitcast float* %61 to <8 x float>*
	%63 = load <8 x float>, <8 x float>* %62, align 4
	%64 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %63, <8 x float> %54, <8 x float> %40)
	%65 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %63, <8 x float> %60, <8 x float> %41)
	%66 = getelementptr inbounds float, float* %32, i64 %39
	%67 = bitcast float* %66 to <8 x float>*
	%68 = load <8 x float>, <8 x float>* %67, align 4
	%69 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %68, <8 x float> %54, <8 x float> %42)
	%70 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %68, <8 x float> %60, <8 x float> %43)
	%71 = getelementptr inbounds float, float* %35, i64 %39
	%72 = bitcast float* %71 to <8 x float>*
	%73 = load <8 x float>, <8 x float>* %72, align 4
	%74 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %54, <8 x float> %44)
	%75 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %60, <8 x float> %45)
	%76 = getelementptr inbounds float, float* %38, i64 %39
	%77 = bitcast float* %76 to <8 x float>*
	%78 = load <8 x float>, <8 x float>* %77, align 4
	%79 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %78, <8 x float> %54, <8 x float> %46)
	%80 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %78, <8 x float> %60, <8 x float> %47)
	%81 = add i64 %39, 8
	br label %loop5

done7:
	%82 = add i64 %19, 0
	%83 = mul i64 %82, 32
	%84 = add i64 %15, 0
	%85 = add i64 %83, %84
	%86 = shufflevector <8 x float> %40, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%87 = shufflevector <8 x float> %40, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%88 = fadd <4 x float> %86, %87
	%89 = shufflevector <4 x float> %88, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%90 = shufflevector <4 x float> %88, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%91 = fadd <2 x float> %89, %90
	%92 = shufflevector <2 x float> %91, <2 x float> undef, <1 x i32> <i32 0>
	%93 = shufflevector <2 x float> %91, <2 x float> undef, <1 x i32> <i32 1>
	%94 = fadd <1 x float> %92, %93
	%95 = extractelement <1 x float> %94, i64 0
	%96 = getelementptr inbounds float, float* %2, i64 %85
	store float %95, float* %96, align 4
	%97 = add i64 %15, 1
	%98 = add i64 %83, %97
	%99 = shufflevector <8 x float> %41, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%100 = shufflevector <8 x float> %41, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%101 = fadd <4 x float> %99, %100
	%102 = shufflevector <4 x float> %101, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%103 = shufflevector <4 x float> %101, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%104 = fadd <2 x float> %102, %103
	%105 = shufflevector <2 x float> %104, <2 x float> undef, <1 x i32> <i32 0>
	%106 = shufflevector <2 x float> %104, <2 x float> undef, <1 x i32> <i32 1>
	%107 = fadd <1 x float> %105, %106
	%108 = extractelement <1 x float> %107, i64 0
	%109 = getelementptr inbounds float, float* %2, i64 %98
	store float %108, float* %109, align 4
	%110 = add i64 %19, 1
	%111 = mul i64 %110, 32
	%112 = add i64 %15, 0
	%113 = add i64 %111, %112
	%114 = shufflevector <8 x float> %42, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%115 = shufflevector <8 x float> %42, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%116 = fadd <4 x float> %114, %115
	%117 = shufflevector <4 x float> %116, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%118 = shufflevector <4 x float> %116, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%119 = fadd <2 x float> %117, %118
	%120 = shufflevector <2 x float> %119, <2 x float> undef, <1 x i32> <i32 0>
	%121 = shufflevector <2 x float> %119, <2 x float> undef, <1 x i32> <i32 1>
	%122 = fadd <1 x float> %120, %121
	%123 = extractelement <1 x float> %122, i64 0
	%124 = getelementptr inbounds float, float* %2, i64 %113
	store float %123, float* %124, align 4
	%125 = add i64 %15, 1
	%126 = add i64 %111, %125
	%127 = shufflevector <8 x float> %43, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%128 = shufflevector <8 x float> %43, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%129 = fadd <4 x float> %127, %128
	%130 = shufflevector <4 x float> %129, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%131 = shufflevector <4 x float> %129, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%132 = fadd <2 x float> %130, %131
	%133 = shufflevector <2 x float> %132, <2 x float> undef, <1 x i32> <i32 0>
	%134 = shufflevector <2 x float> %132, <2 x float> undef, <1 x i32> <i32 1>
	%135 = fadd <1 x float> %133, %134
	%136 = extractelement <1 x float> %135, i64 0
	%137 = getelementptr inbounds float, float* %2, i64 %126
	store float %136, float* %137, align 4
	%138 = add i64 %19, 2
	%139 = mul i64 %138, 32
	%140 = add i64 %15, 0
	%141 = add i64 %139, %140
	%142 = shufflevector <8 x float> %44, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%143 = shufflevector <8 x float> %44, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%144 = fadd <4 x float> %142, %143
	%145 = shufflevector <4 x float> %144, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%146 = shufflevector <4 x float> %144, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%147 = fadd <2 x float> %145, %146
	%148 = shufflevector <2 x float> %147, <2 x float> undef, <1 x i32> <i32 0>
	%149 = shufflevector <2 x float> %147, <2 x float> undef, <1 x i32> <i32 1>
	%150 = fadd <1 x float> %148, %149
	%151 = extractelement <1 x float> %150, i64 0
	%152 = getelementptr inbounds float, float* %2, i64 %141
	store float %151, float* %152, align 4
	%153 = add i64 %15, 1
	%154 = add i64 %139, %153
	%155 = shufflevector <8 x float> %45, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%156 = shufflevector <8 x float> %45, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%157 = fadd <4 x float> %155, %156
	%158 = shufflevector <4 x float> %157, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%159 = shufflevector <4 x float> %157, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%160 = fadd <2 x float> %158, %159
	%161 = shufflevector <2 x float> %160, <2 x float> undef, <1 x i32> <i32 0>
	%162 = shufflevector <2 x float> %160, <2 x float> undef, <1 x i32> <i32 1>
	%163 = fadd <1 x float> %161, %162
	%164 = extractelement <1 x float> %163, i64 0
	%165 = getelementptr inbounds float, float* %2, i64 %154
	store float %164, float* %165, align 4
	%166 = add i64 %19, 3
	%167 = mul i64 %166, 32
	%168 = add i64 %15, 0
	%169 = add i64 %167, %168
	%170 = shufflevector <8 x float> %46, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%171 = shufflevector <8 x float> %46, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%172 = fadd <4 x float> %170, %171
	%173 = shufflevector <4 x float> %172, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%174 = shufflevector <4 x float> %172, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%175 = fadd <2 x float> %173, %174
	%176 = shufflevector <2 x float> %175, <2 x float> undef, <1 x i32> <i32 0>
	%177 = shufflevector <2 x float> %175, <2 x float> undef, <1 x i32> <i32 1>
	%178 = fadd <1 x float> %176, %177
	%179 = extractelement <1 x float> %178, i64 0
	%180 = getelementptr inbounds float, float* %2, i64 %169
	store float %179, float* %180, align 4
	%181 = add i64 %15, 1
	%182 = add i64 %167, %181
	%183 = shufflevector <8 x float> %47, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%184 = shufflevector <8 x float> %47, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%185 = fadd <4 x float> %183, %184
	%186 = shufflevector <4 x float> %185, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%187 = shufflevector <4 x float> %185, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%188 = fadd <2 x float> %186, %187
	%189 = shufflevector <2 x float> %188, <2 x float> undef, <1 x i32> <i32 0>
	%190 = shufflevector <2 x float> %188, <2 x float> undef, <1 x i32> <i32 1>
	%191 = fadd <1 x float> %189, %190
	%192 = extractelement <1 x float> %191, i64 0
	%193 = getelementptr inbounds float, float* %2, i64 %182
	store float %192, float* %193, align 4
	%194 = add i64 %19, 4
	br label %loop3

done8:
	br label %loop9

loop9:
	%195 = phi i64 [ %18, %done8 ], [ %256, %done13 ]
	%196 = icmp slt i64 %195, %10
	br i1 %196, label %body10, label %done14

body10:
	%197 = add i64 %15, 0
	%198 = mul i64 %197, 24
	%199 = getelementptr inbounds i16, i16* %8, i64 %198
	%200 = add i64 %15, 1
	%201 = mul i64 %200, 24
	%202 = getelementptr inbounds i16, i16* %8, i64 %201
	%203 = add i64 %195, 0
	%204 = mul i64 %203, 24
	%205 = getelementptr inbounds float, float* %5, i64 %204
	br label %loop11

loop11:
	%206 = phi i64 [ 0, %body10 ], [ %227, %body12 ]
	%207 = phi <8 x float> [ zeroinitializer, %body10 ], [ %225, %body12 ]
	%208 = phi <8 x float> [ zeroinitializer, %body10 ], [ %226, %body12 ]
	%209 = icmp slt i64 %206, 24
	br i1 %209, label %body12, label %done13

body12:
	%210 = getelementptr inbounds i16, i16* %199, i64 %206
	%211 = bitcast i16* %210 to <8 x i16>*
	%212 = load <8 x i16>, <8 x i16>* %211, align 2
	%213 = zext <8 x i16> %212 to <8 x i32>
	%214 = shl <8 x i32> %213, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%215 = bitcast <8 x i32> %214 to <8 x float>
	%216 = getelementptr inbounds i16, i16* %202, i64 %206
	%217 = bitcast i16* %216 to <8 x i16>*
	%218 = load <8 x i16>, <8 x i16>* %217, align 2
	%219 = zext <8 x i16> %218 to <8 x i32>
	%220 = shl <8 x i32> %219, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%221 = bitcast <8 x i32> %220 to <8 x float>
	%222 = getelementptr inbounds float, float* %205, i64 %206
	%223 = bitcast float* %222 to <8 x float>*
	%224 = load <8 x float>, <8 x float>* %223, align 4
	%225 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %224, <8 x float> %215, <8 x float> %207)
	%226 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %224, <8 x float> %221, <8 x float> %208)
	%227 = add i64 %206, 8
	br label %loop11

done13:
	%228 = add i64 %195, 0
	%229 = mul i64 %228, 32
	%230 = add i64 %15, 0
	%231 = add i64 %229, %230
	%232 = shufflevector <8 x float> %207, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%233 = shufflevector <8 x float> %207, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%234 = fadd <4 x float> %232, %233
	%235 = shufflevector <4 x float> %234, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%236 = shufflevector <4 x float> %234, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%237 = fadd <2 x float> %235, %236
	%238 = shufflevector <2 x float> %237, <2 x float> undef, <1 x i32> <i32 0>
	%239 = shufflevector <2 x float> %237, <2 x float> undef, <1 x i32> <i32 1>
	%240 = fadd <1 x float> %238, %239
	%241 = extractelement <1 x float> %240, i64 0
	%242 = getelementptr inbounds float, float* %2, i64 %231
	store float %241, float* %242, align 4
	%243 = add i64 %15, 1
	%244 = add i64 %229, %243
	%245 = shufflevector <8 x float> %208, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%246 = shufflevector <8 x float> %208, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%247 = fadd <4 x float> %245, %246
	%248 = shufflevector <4 x float> %247, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%249 = shufflevector <4 x float> %247, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%250 = fadd <2 x float> %248, %249
	%251 = shufflevector <2 x float> %250, <2 x float> undef, <1 x i32> <i32 0>
	%252 = shufflevector <2 x float> %250, <2 x float> undef, <1 x i32> <i32 1>
	%253 = fadd <1 x float> %251, %252
	%254 = extractelement <1 x float> %253, i64 0
	%255 = getelementptr inbounds float, float* %2, i64 %244
	store float %254, float* %255, align 4
	%256 = add i64 %195, 1
	br label %loop9

done14:
	%257 = add i64 %15, 2
	br label %loop1

done15:
	br label %loop16

loop16:
	%258 = phi i64 [ %14, %done15 ], [ %407, %done29 ]
	%259 = icmp slt i64 %258, %end
	br i1 %259, label %body17, label %done30

body17:
	%260 = sdiv i64 %10, 4
	%261 = mul i64 %260, 4
	br label %loop18

loop18:
	%262 = phi i64 [ 0, %body17 ], [ %368, %done22 ]
	%263 = icmp slt i64 %262, %261
	br i1 %263, label %body19, label %done23

body19:
	%264 = add i64 %258, 0
	%265 = mul i64 %264, 24
	%266 = getelementptr inbounds i16, i16* %8, i64 %265
	%267 = add i64 %262, 0
	%268 = mul i64 %267, 24
	%269 = getelementptr inbounds float, float* %5, i64 %268
	%270 = add i64 %262, 1
	%271 = mul i64 %270, 24
	%272 = getelementptr inbounds float, float* %5, i64 %271
	%273 = add i64 %262, 2
	%274 = mul i64 %273, 24
	%275 = getelementptr inbounds float, float* %5, i64 %274
	%276 = add i64 %262, 3
	%277 = mul i64 %276, 24
	%278 = getelementptr inbounds float, float* %5, i64 %277
	br label %loop20

loop20:
	%279 = phi i64 [ 0, %body19 ], [ %307, %body21 ]
	%280 = phi <8 x float> [ zeroinitializer, %body19 ], [ %294, %body21 ]
	%281 = phi <8 x float> [ zeroinitializer, %body19 ], [ %298, %body21 ]
	%282 = phi <8 x float> [ zeroinitializer, %body19 ], [ %302, %body21 ]
	%283 = phi <8 x float> [ zeroinitializer, %body19 ], [ %306, %body21 ]
	%284 = icmp slt i64 %279, 24
	br i1 %284, label %body21, label %done22

body21:
	%285 = getelementptr inbounds i16, i16* %266, i64 %279
	%286 = bitcast i16* %285 to <8 x i16>*
	%287 = load <8 x i16>, <8 x i16>* %286, align 2
	%288 = zext <8 x i16> %287 to <8 x i32>
	%289 = shl <8 x i32> %288, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%290 = bitcast <8 x i32> %289 to <8 x float>
	%291 = getelementptr inbounds float, float* %269, i64 %279
	%292 = bitcast float* %291 to <8 x float>*
	%293 = load <8 x float>, <8 x float>* %292, align 4
	%294 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %293, <8 x float> %290, <8 x float> %280)
	%295 = getelementptr inbounds float, float* %272, i64 %279
	%296 = bitcast float* %295 to <8 x float>*
	%297 = load <8 x float>, <8 x float>* %296, align 4
	%298 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %297, <8 x float> %290, <8 x float> %281)
	%299 = getelementptr inbounds float, float* %275, i64 %279
	%300 = bitcast float* %299 to <8 x float>*
	%301 = load <8 x float>, <8 x float>* %300, align 4
	%302 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %301, <8 x float> %290, <8 x float> %282)
	%303 = getelementptr inbounds float, float* %278, i64 %279
	%304 = bitcast float* %303 to <8 x float>*
	%305 = load <8 x float>, <8 x float>* %304, align 4
	%306 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %305, <8 x float> %290, <8 x float> %283)
	%307 = add i64 %279, 8
	br label %loop20

done22:
	%308 = add i64 %262, 0
	%309 = mul i64 %308, 32
	%310 = add i64 %258, 0
	%311 = add i64 %309, %310
	%312 = shufflevector <8 x float> %280, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%313 = shufflevector <8 x float> %280, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%314 = fadd <4 x float> %312, %313
	%315 = shufflevector <4 x float> %314, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%316 = shufflevector <4 x float> %314, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%317 = fadd <2 x float> %315, %316
	%318 = shufflevector <2 x float> %317, <2 x float> undef, <1 x i32> <i32 0>
	%319 = shufflevector <2 x float> %317, <2 x float> undef, <1 x i32> <i32 1>
	%320 = fadd <1 x float> %318, %319
	%321 = extractelement <1 x float> %320, i64 0
	%322 = getelementptr inbounds float, float* %2, i64 %311
	store float %321, float* %322, align 4
	%323 = add i64 %262, 1
	%324 = mul i64 %323, 32
	%325 = add i64 %258, 0
	%326 = add i64 %324, %325
	%327 = shufflevector <8 x float> %281, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%328 = shufflevector <8 x float> %281, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%329 = fadd <4 x float> %327, %328
	%330 = shufflevector <4 x float> %329, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%331 = shufflevector <4 x float> %329, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%332 = fadd <2 x float> %330, %331
	%333 = shufflevector <2 x float> %332, <2 x float> undef, <1 x i32> <i32 0>
	%334 = shufflevector <2 x float> %332, <2 x float> undef, <1 x i32> <i32 1>
	%335 = fadd <1 x float> %333, %334
	%336 = extractelement <1 x float> %335, i64 0
	%337 = getelementptr inbounds float, float* %2, i64 %326
	store float %336, float* %337, align 4
	%338 = add i64 %262, 2
	%339 = mul i64 %338, 32
	%340 = add i64 %258, 0
	%341 = add i64 %339, %340
	%342 = shufflevector <8 x float> %282, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%343 = shufflevector <8 x float> %282, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%344 = fadd <4 x float> %342, %343
	%345 = shufflevector <4 x float> %344, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%346 = shufflevector <4 x float> %344, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%347 = fadd <2 x float> %345, %346
	%348 = shufflevector <2 x float> %347, <2 x float> undef, <1 x i32> <i32 0>
	%349 = shufflevector <2 x float> %347, <2 x float> undef, <1 x i32> <i32 1>
	%350 = fadd <1 x float> %348, %349
	%351 = extractelement <1 x float> %350, i64 0
	%352 = getelementptr inbounds float, float* %2, i64 %341
	store float %351, float* %352, align 4
	%353 = add i64 %262, 3
	%354 = mul i64 %353, 32
	%355 = add i64 %258, 0
	%356 = add i64 %354, %355
	%357 = shufflevector <8 x float> %283, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%358 = shufflevector <8 x float> %283, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%359 = fadd <4 x float> %357, %358
	%360 = shufflevector <4 x float> %359, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%361 = shufflevector <4 x float> %359, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%362 = fadd <2 x float> %360, %361
	%363 = shufflevector <2 x float> %362, <2 x float> undef, <1 x i32> <i32 0>
	%364 = shufflevector <2 x float> %362, <2 x float> undef, <1 x i32> <i32 1>
	%365 = fadd <1 x float> %363, %364
	%366 = extractelement <1 x float> %365, i64 0
	%367 = getelementptr inbounds float, float* %2, i64 %356
	store float %366, float* %367, align 4
	%368 = add i64 %262, 4
	br label %loop18

done23:
	br label %loop24

loop24:
	%369 = phi i64 [ %261, %done23 ], [ %406, %done28 ]
	%370 = icmp slt i64 %369, %10
	br i1 %370, label %body25, label %done29

body25:
	%371 = add i64 %258, 0
	%372 = mul i64 %371, 24
	%373 = getelementptr inbounds i16, i16* %8, i64 %372
	%374 = add i64 %369, 0
	%375 = mul i64 %374, 24
	%376 = getelementptr inbounds float, float* %5, i64 %375
	br label %loop26

loop26:
	%377 = phi i64 [ 0, %body25 ], [ %390, %body27 ]
	%378 = phi <8 x float> [ zeroinitializer, %body25 ], [ %389, %body27 ]
	%379 = icmp slt i64 %377, 24
	br i1 %379, label %body27, label %done28

body27:
	%380 = getelementptr inbounds i16, i16* %373, i64 %377
	%381 = bitcast i16* %380 to <8 x i16>*
	%382 = load <8 x i16>, <8 x i16>* %381, align 2
	%383 = zext <8 x i16> %382 to <8 x i32>
	%384 = shl <8 x i32> %383, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%385 = bitcast <8 x i32> %384 to <8 x float>
	%386 = getelementptr inbounds float, float* %376, i64 %377
	%387 = bitcast float* %386 to <8 x float>*
	%388 = load <8 x float>, <8 x float>* %387, align 4
	%389 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %388, <8 x float> %385, <8 x float> %378)
	%390 = add i64 %377, 8
	br label %loop26

done28:
	%391 = add i64 %369, 0
	%392 = mul i64 %391, 32
	%393 = add i64 %258, 0
	%394 = add i64 %392, %393
	%395 = shufflevector <8 x float> %378, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%396 = shufflevector <8 x float> %378, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%397 = fadd <4 x float> %395, %396
	%398 = shufflevector <4 x float> %397, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%399 = shufflevector <4 x float> %397, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%400 = fadd <2 x float> %398, %399
	%401 = shufflevector <2 x float> %400, <2 x float> undef, <1 x i32> <i32 0>
	%402 = shufflevector <2 x float> %400, <2 x float> undef, <1 x i32> <i32 1>
	%403 = fadd <1 x float> %401, %402
	%404 = extractelement <1 x float> %403, i64 0
	%405 = getelementptr inbounds float, float* %2, i64 %394
	store float %404, float* %405, align 4
	%406 = add i64 %369, 1
	br label %loop24

done29:
	%407 = add i64 %258, 1
	br label %loop16

done30:
	ret void
}

define double @mtc_stream_read(float* %p, i64 %n) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = sdiv i64 %n, 32
	%1 = mul i64 %0, 32
	br label %loop1

loop1:
	%2 = phi i64 [ 0, %entry ], [ %28, %body2 ]
	%3 = phi <8 x float> [ zeroinitializer, %entry ], [ %12, %body2 ]
	%4 = phi <8 x float> [ zeroinitializer, %entry ], [ %17, %body2 ]
	%5 = phi <8 x float> [ zeroinitializer, %entry ], [ %22, %body2 ]
	%6 = phi <8 x float> [ zeroinitializer, %entry ], [ %27, %body2 ]
	%7 = icmp slt i64 %2, %1
	br i1 %7, label %body2, label %done3

body2:
	%8 = add i64 %2, 0
	%9 = getelementptr inbounds float, float* %p, i64 %8
	%10 = bitcast float* %9 to <8 x float>*
	%11 = load <8 x float>, <8 x float>* %10, align 4
	%12 = fadd <8 x float> %3, %11
	%13 = add i64 %2, 8
	%14 = getelementptr inbounds float, float* %p, i64 %13
	%15 = bitcast float* %14 to <8 x float>*
	%16 = load <8 x float>, <8 x float>* %15, align 4
	%17 = fadd <8 x float> %4, %16
	%18 = add i64 %2, 16
	%19 = getelementptr inbounds float, float* %p, i64 %18
	%20 = bitcast float* %19 to <8 x float>*
	%21 = load <8 x float>, <8 x float>* %20, align 4
	%22 = fadd <8 x float> %5, %21
	%23 = add i64 %2, 24
	%24 = getelementptr inbounds float, float* %p, i64 %23
	%25 = bitcast float* %24 to <8 x float>*
	%26 = load <8 x float>, <8 x float>* %25, align 4
	%27 = fadd <8 x float> %6, %26
	%28 = add i64 %2, 32
	br label %loop1

done3:
	%29 = fadd <8 x float> %3, %4
	%30 = fadd <8 x float> %29, %5
	%31 = fadd <8 x float> %30, %6
	%32 = shufflevector <8 x float> %31, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%33 = shufflevector <8 x float> %31, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%34 = fadd <4 x float> %32, %33
	%35 = shufflevector <4 x float> %34, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%36 = shufflevector <4 x float> %34, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%37 = fadd <2 x float> %35, %36
	%38 = shufflevector <2 x float> %37, <2 x float> undef, <1 x i32> <i32 0>
	%39 = shufflevector <2 x float> %37, <2 x float> undef, <1 x i32> <i32 1>
	%40 = fadd <1 x float> %38, %39
	%41 = extractelement <1 x float> %40, i64 0
	%42 = fpext float %41 to double
	br label %loop4

loop4:
	%43 = phi i64 [ %1, %done3 ], [ %50, %body5 ]
	%44 = phi double [ %42, %done3 ], [ %49, %body5 ]
	%45 = icmp slt i64 %43, %n
	br i1 %45, label %body5, label %done6

body5:
	%46 = getelementptr inbounds float, float* %p, i64 %43
	%47 = load float, float* %46, align 4
	%48 = fpext float %47 to double
	%49 = fadd double %44, %48
	%50 = add i64 %43, 1
	br label %loop4

done6:
	ret double %44
}

define double @mtc_fma_peak(i64 %iters) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	br label %loop1

loop1:
	%0 = phi i64 [ 0, %entry ], [ %26, %body2 ]
	%1 = phi <8 x float> [ <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>, %entry ], [ %14, %body2 ]
	%2 = phi <8 x float> [ <float 2.0, float 2.0, float 2.0, float 2.0, float 2.0, float 2.0, float 2.0, float 2.0>, %entry ], [ %15, %body2 ]
	%3 = phi <8 x float> [ <float 3.0, float 3.0, float 3.0, float 3.0, float 3.0, float 3.0, float 3.0, float 3.0>, %entry ], [ %16, %body2 ]
	%4 = phi <8 x float> [ <float 4.0, float 4.0, float 4.0, float 4.0, float 4.0, float 4.0, float 4.0, float 4.0>, %entry ], [ %17, %body2 ]
	%5 = phi <8 x float> [ <float 5.0, float 5.0, float 5.0, float 5.0, float 5.0, float 5.0, float 5.0, float 5.0>, %entry ], [ %18, %body2 ]
	%6 = phi <8 x float> [ <float 6.0, float 6.0, float 6.0, float 6.0, float 6.0, float 6.0, float 6.0, float 6.0>, %entry ], [ %19, %body2 ]
	%7 = phi <8 x float> [ <float 7.0, float 7.0, float 7.0, float 7.0, float 7.0, float 7.0, float 7.0, float 7.0>, %entry ], [ %20, %body2 ]
	%8 = phi <8 x float> [ <float 8.0, float 8.0, float 8.0, float 8.0, float 8.0, float 8.0, float 8.0, float 8.0>, %entry ], [ %21, %body2 ]
	%9 = phi <8 x float> [ <float 9.0, float 9.0, float 9.0, float 9.0, float 9.0, float 9.0, float 9.0, float 9.0>, %entry ], [ %22, %body2 ]
	%10 = phi <8 x float> [ <float 10.0, float 10.0, float 10.0, float 10.0, float 10.0, float 10.0, float 10.0, float 10.0>, %entry ], [ %23, %body2 ]
	%11 = phi <8 x float> [ <float 11.0, float 11.0, float 11.0, float 11.0, float 11.0, float 11.0, float 11.0, float 11.0>, %entry ], [ %24, %body2 ]
	%12 = phi <8 x float> [ <float 12.0, float 12.0, float 12.0, float 12.0, float 12.0, float 12.0, float 12.0, float 12.0>, %entry ], [ %25, %body2 ]
	%13 = icmp slt i64 %0, %iters
	br i1 %13, label %body2, label %done3

body2:
	%14 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%15 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%16 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %3, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%17 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %4, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%18 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %5, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%19 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %6, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%20 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %7, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%21 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %8, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%22 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %9, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%23 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %10, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%24 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %11, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%25 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %12, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%26 = add i64 %0, 1
	br label %loop1

done3:
	%27 = fadd <8 x float> %1, %2
	%28 = fadd <8 x float> %27, %3
	%29 = fadd <8 x float> %28, %4
	%30 = fadd <8 x float> %29, %5
	%31 = fadd <8 x float> %30, %6
	%32 = fadd <8 x float> %31, %7
	%33 = fadd <8 x float> %32, %8
	%34 = fadd <8 x float> %33, %9
	%35 = fadd <8 x float> %34, %10
	%36 = fadd <8 x float> %35, %11
	%37 = fadd <8 x float> %36, %12
	%38 = shufflevector <8 x float> %37, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%39 = shufflevector <8 x float> %37, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%40 = fadd <4 x float> %38, %39
	%41 = shufflevector <4 x float> %40, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%42 = shufflevector <4 x float> %40, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%43 = fadd <2 x float> %41, %42
	%44 = shufflevector <2 x float> %43, <2 x float> undef, <1 x i32> <i32 0>
	%45 = shufflevector <2 x float> %43, <2 x float> undef, <1 x i32> <i32 1>
	%46 = fadd <1 x float> %44, %45
	%47 = extractelement <1 x float> %46, i64 0
	%48 = fpext float %47 to double
	ret double %48
}

define i64 @mtc_fma_flops_per_iter() nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	ret i64 192
}
