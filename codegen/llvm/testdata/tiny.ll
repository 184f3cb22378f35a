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

define void @mtc_k_matmul_rope_bf16_k24_n64_p32x16x16_h6_d8_r4(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = alloca [132096 x float], align 64
	%1 = alloca [4096 x float], align 64
	%2 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%3 = load i8*, i8** %2, align 8
	%4 = bitcast i8* %3 to float*
	%5 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%6 = load i8*, i8** %5, align 8
	%7 = bitcast i8* %6 to float*
	%8 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%9 = load i8*, i8** %8, align 8
	%10 = bitcast i8* %9 to i16*
	%11 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%12 = load i8*, i8** %11, align 8
	%13 = bitcast i8* %12 to i16*
	%14 = getelementptr inbounds i8*, i8** %bufs, i64 4
	%15 = load i8*, i8** %14, align 8
	%16 = bitcast i8* %15 to i16*
	%17 = getelementptr inbounds i8*, i8** %bufs, i64 5
	%18 = load i8*, i8** %17, align 8
	%19 = bitcast i8* %18 to float*
	%20 = getelementptr inbounds i64, i64* %ints, i64 0
	%21 = load i64, i64* %20, align 8
	%22 = getelementptr inbounds i64, i64* %ints, i64 1
	%23 = load i64, i64* %22, align 8
	%24 = add i64 %begin, 7
	%25 = sdiv i64 %24, 8
	%26 = add i64 %end, 7
	%27 = sdiv i64 %26, 8
	%28 = mul i64 %25, 8
	%29 = icmp slt i64 %28, 64
	%30 = select i1 %29, i64 %28, i64 64
	%31 = mul i64 %27, 8
	%32 = icmp slt i64 %31, 64
	%33 = select i1 %32, i64 %31, i64 64
	%34 = icmp slt i64 %30, %33
	br i1 %34, label %then1, label %join2

then1:
	br label %loop3

loop3:
	%35 = phi i64 [ 0, %then1 ], [ %1929, %join6 ]
	%36 = icmp slt i64 %35, 3
	br i1 %36, label %body4, label %done76

body4:
	%37 = icmp eq i64 %35, 1
	%38 = select i1 %37, i16* %13, i16* %10
	%39 = select i1 %37, i64 16, i64 32
	%40 = select i1 %37, i64 32, i64 0
	%41 = icmp eq i64 %35, 2
	%42 = select i1 %41, i16* %16, i16* %38
	%43 = select i1 %41, i64 16, i64 %39
	%44 = select i1 %41, i64 48, i64 %40
	%45 = icmp sgt i64 %30, %44
	%46 = select i1 %45, i64 %30, i64 %44
	%47 = add i64 %44, %43
	%48 = icmp slt i64 %33, %47
	%49 = select i1 %48, i64 %33, i64 %47
	%50 = icmp slt i64 %46, %49
	br i1 %50, label %then5, label %join6

then5:
	%51 = icmp sge i64 %21, 6
	br i1 %51, label %then7, label %else9

then7:
	%52 = getelementptr inbounds [4096 x float], [4096 x float]* %1, i64 0, i64 0
	%53 = getelementptr inbounds [132096 x float], [132096 x float]* %0, i64 0, i64 0
	%54 = add i64 %21, 515
	%55 = sdiv i64 %54, 516
	%56 = sub i64 %55, 1
	%57 = add i64 %21, %56
	%58 = sdiv i64 %57, %55
	%59 = add i64 %58, 5
	%60 = sdiv i64 %59, 6
	%61 = mul i64 %60, 6
	br label %loop10

else9:
	%62 = icmp eq i64 %21, 1
	br i1 %62, label %then55, label %else57

loop10:
	%63 = phi i64 [ 0, %then7 ], [ %1349, %done53 ]
	%64 = icmp slt i64 %63, %55
	br i1 %64, label %body11, label %done54

body11:
	%65 = mul i64 %63, %61
	%66 = add i64 %65, %61
	%67 = icmp slt i64 %66, %21
	%68 = select i1 %67, i64 %66, i64 %21
	%69 = sub i64 %68, %65
	%70 = add i64 %69, 5
	%71 = sdiv i64 %70, 6
	br label %loop12

loop12:
	%72 = phi i64 [ 0, %body11 ], [ %198, %done16 ]
	%73 = icmp slt i64 %72, %71
	br i1 %73, label %body13, label %done17

body13:
	%74 = mul i64 %72, 6
	%75 = add i64 %65, %74
	%76 = sub i64 %68, %75
	%77 = icmp slt i64 0, %76
	%78 = add i64 %75, 0
	%79 = select i1 %77, i64 %78, i64 %75
	%80 = mul i64 %79, 24
	%81 = add i64 %80, 0
	%82 = getelementptr inbounds float, float* %7, i64 %81
	%83 = icmp slt i64 1, %76
	%84 = add i64 %75, 1
	%85 = select i1 %83, i64 %84, i64 %75
	%86 = mul i64 %85, 24
	%87 = add i64 %86, 0
	%88 = getelementptr inbounds float, float* %7, i64 %87
	%89 = icmp slt i64 2, %76
	%90 = add i64 %75, 2
	%91 = select i1 %89, i64 %90, i64 %75
	%92 = mul i64 %91, 24
	%93 = add i64 %92, 0
	%94 = getelementptr inbounds float, float* %7, i64 %93
	%95 = icmp slt i64 3, %76
	%96 = add i64 %75, 3
	%97 = select i1 %95, i64 %96, i64 %75
	%98 = mul i64 %97, 24
	%99 = add i64 %98, 0
	%100 = getelementptr inbounds float, float* %7, i64 %99
	%101 = icmp slt i64 4, %76
	%102 = add i64 %75, 4
	%103 = select i1 %101, i64 %102, i64 %75
	%104 = mul i64 %103, 24
	%105 = add i64 %104, 0
	%106 = getelementptr inbounds float, float* %7, i64 %105
	%107 = icmp slt i64 5, %76
	%108 = add i64 %75, 5
	%109 = select i1 %107, i64 %108, i64 %75
	%110 = mul i64 %109, 24
	%111 = add i64 %110, 0
	%112 = getelementptr inbounds float, float* %7, i64 %111
	%113 = mul i64 %72, 1536
	%114 = getelementptr inbounds float, float* %53, i64 %113
	br label %loop14

loop14:
	%115 = phi i64 [ 0, %body13 ], [ %197, %body15 ]
	%116 = icmp slt i64 %115, 24
	br i1 %116, label %body15, label %done16

body15:
	%117 = getelementptr inbounds float, float* %82, i64 %115
	%118 = bitcast float* %117 to <8 x float>*
	%119 = load <8 x float>, <8 x float>* %118, align 4
	%120 = select i1 %77, <8 x float> %119, <8 x float> zeroinitializer
	%121 = getelementptr inbounds float, float* %88, i64 %115
	%122 = bitcast float* %121 to <8 x float>*
	%123 = load <8 x float>, <8 x float>* %122, align 4
	%124 = select i1 %83, <8 x float> %123, <8 x float> zeroinitializer
	%125 = getelementptr inbounds float, float* %94, i64 %115
	%126 = bitcast float* %125 to <8 x float>*
	%127 = load <8 x float>, <8 x float>* %126, align 4
	%128 = select i1 %89, <8 x float> %127, <8 x float> zeroinitializer
	%129 = getelementptr inbounds float, float* %100, i64 %115
	%130 = bitcast float* %129 to <8 x float>*
	%131 = load <8 x float>, <8 x float>* %130, align 4
	%132 = select i1 %95, <8 x float> %131, <8 x float> zeroinitializer
	%133 = getelementptr inbounds float, float* %106, i64 %115
	%134 = bitcast float* %133 to <8 x float>*
	%135 = load <8 x float>, <8 x float>* %134, align 4
	%136 = select i1 %101, <8 x float> %135, <8 x float> zeroinitializer
	%137 = getelementptr inbounds float, float* %112, i64 %115
	%138 = bitcast float* %137 to <8 x float>*
	%139 = load <8 x float>, <8 x float>* %138, align 4
	%140 = select i1 %107, <8 x float> %139, <8 x float> zeroinitializer
	%141 = shufflevector <8 x float> %120, <8 x float> %136, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%142 = shufflevector <8 x float> %120, <8 x float> %136, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%143 = shufflevector <8 x float> %124, <8 x float> %140, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%144 = shufflevector <8 x float> %124, <8 x float> %140, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%145 = shufflevector <8 x float> %128, <8 x float> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%146 = shufflevector <8 x float> %128, <8 x float> zeroinitializer, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%147 = shufflevector <8 x float> %132, <8 x float> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%148 = shufflevector <8 x float> %132, <8 x float> zeroinitializer, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%149 = shufflevector <8 x float> %141, <8 x float> %145, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%150 = shufflevector <8 x float> %141, <8 x float> %145, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%151 = shufflevector <8 x float> %143, <8 x float> %147, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%152 = shufflevector <8 x float> %143, <8 x float> %147, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%153 = shufflevector <8 x float> %142, <8 x float> %146, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%154 = shufflevector <8 x float> %142, <8 x float> %146, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%155 = shufflevector <8 x float> %144, <8 x float> %148, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%156 = shufflevector <8 x float> %144, <8 x float> %148, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%157 = shufflevector <8 x float> %149, <8 x float> %151, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%158 = shufflevector <8 x float> %149, <8 x float> %151, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%159 = shufflevector <8 x float> %150, <8 x float> %152, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%160 = shufflevector <8 x float> %150, <8 x float> %152, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%161 = shufflevector <8 x float> %153, <8 x float> %155, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%162 = shufflevector <8 x float> %153, <8 x float> %155, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%163 = shufflevector <8 x float> %154, <8 x float> %156, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%164 = shufflevector <8 x float> %154, <8 x float> %156, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%165 = add i64 %115, 0
	%166 = mul i64 %165, 6
	%167 = getelementptr inbounds float, float* %114, i64 %166
	%168 = bitcast float* %167 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %157, <8 x float>* %168, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%169 = add i64 %115, 1
	%170 = mul i64 %169, 6
	%171 = getelementptr inbounds float, float* %114, i64 %170
	%172 = bitcast float* %171 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %158, <8 x float>* %172, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%173 = add i64 %115, 2
	%174 = mul i64 %173, 6
	%175 = getelementptr inbounds float, float* %114, i64 %174
	%176 = bitcast float* %175 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %159, <8 x float>* %176, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%177 = add i64 %115, 3
	%178 = mul i64 %177, 6
	%179 = getelementptr inbounds float, float* %114, i64 %178
	%180 = bitcast float* %179 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %160, <8 x float>* %180, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%181 = add i64 %115, 4
	%182 = mul i64 %181, 6
	%183 = getelementptr inbounds float, float* %114, i64 %182
	%184 = bitcast float* %183 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %161, <8 x float>* %184, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%185 = add i64 %115, 5
	%186 = mul i64 %185, 6
	%187 = getelementptr inbounds float, float* %114, i64 %186
	%188 = bitcast float* %187 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %162, <8 x float>* %188, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%189 = add i64 %115, 6
	%190 = mul i64 %189, 6
	%191 = getelementptr inbounds float, float* %114, i64 %190
	%192 = bitcast float* %191 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %163, <8 x float>* %192, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%193 = add i64 %115, 7
	%194 = mul i64 %193, 6
	%195 = getelementptr inbounds float, float* %114, i64 %194
	%196 = bitcast float* %195 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %164, <8 x float>* %196, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%197 = add i64 %115, 8
	br label %loop14

done16:
	%198 = add i64 %72, 1
	br label %loop12

done17:
	%199 = sub i64 %68, %65
	%200 = sdiv i64 %199, 6
	%201 = mul i64 %200, 6
	%202 = add i64 %65, %201
	%203 = sub i64 %68, %202
	br label %loop18

loop18:
	%204 = phi i64 [ %46, %done17 ], [ %1348, %join39 ]
	%205 = icmp slt i64 %204, %49
	br i1 %205, label %body19, label %done53

body19:
	%206 = add i64 %204, 0
	%207 = icmp slt i64 %206, %49
	%208 = select i1 %207, i64 %206, i64 %204
	%209 = sub i64 %208, %44
	%210 = mul i64 %209, 24
	%211 = add i64 %210, 0
	%212 = getelementptr inbounds i16, i16* %42, i64 %211
	%213 = add i64 %204, 1
	%214 = icmp slt i64 %213, %49
	%215 = select i1 %214, i64 %213, i64 %204
	%216 = sub i64 %215, %44
	%217 = mul i64 %216, 24
	%218 = add i64 %217, 0
	%219 = getelementptr inbounds i16, i16* %42, i64 %218
	%220 = add i64 %204, 2
	%221 = icmp slt i64 %220, %49
	%222 = select i1 %221, i64 %220, i64 %204
	%223 = sub i64 %222, %44
	%224 = mul i64 %223, 24
	%225 = add i64 %224, 0
	%226 = getelementptr inbounds i16, i16* %42, i64 %225
	%227 = add i64 %204, 3
	%228 = icmp slt i64 %227, %49
	%229 = select i1 %228, i64 %227, i64 %204
	%230 = sub i64 %229, %44
	%231 = mul i64 %230, 24
	%232 = add i64 %231, 0
	%233 = getelementptr inbounds i16, i16* %42, i64 %232
	%234 = add i64 %204, 4
	%235 = icmp slt i64 %234, %49
	%236 = select i1 %235, i64 %234, i64 %204
	%237 = sub i64 %236, %44
	%238 = mul i64 %237, 24
	%239 = add i64 %238, 0
	%240 = getelementptr inbounds i16, i16* %42, i64 %239
	%241 = add i64 %204, 5
	%242 = icmp slt i64 %241, %49
	%243 = select i1 %242, i64 %241, i64 %204
	%244 = sub i64 %243, %44
	%245 = mul i64 %244, 24
	%246 = add i64 %245, 0
	%247 = getelementptr inbounds i16, i16* %42, i64 %246
	%248 = add i64 %204, 6
	%249 = icmp slt i64 %248, %49
	%250 = select i1 %249, i64 %248, i64 %204
	%251 = sub i64 %250, %44
	%252 = mul i64 %251, 24
	%253 = add i64 %252, 0
	%254 = getelementptr inbounds i16, i16* %42, i64 %253
	%255 = add i64 %204, 7
	%256 = icmp slt i64 %255, %49
	%257 = select i1 %256, i64 %255, i64 %204
	%258 = sub i64 %257, %44
	%259 = mul i64 %258, 24
	%260 = add i64 %259, 0
	%261 = getelementptr inbounds i16, i16* %42, i64 %260
	br label %loop20

loop20:
	%262 = phi i64 [ 0, %body19 ], [ %384, %body21 ]
	%263 = icmp slt i64 %262, 24
	br i1 %263, label %body21, label %done22

body21:
	%264 = getelementptr inbounds i16, i16* %212, i64 %262
	%265 = bitcast i16* %264 to <8 x i16>*
	%266 = load <8 x i16>, <8 x i16>* %265, align 2
	%267 = zext <8 x i16> %266 to <8 x i32>
	%268 = shl <8 x i32> %267, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%269 = bitcast <8 x i32> %268 to <8 x float>
	%270 = select i1 %207, <8 x float> %269, <8 x float> zeroinitializer
	%271 = getelementptr inbounds i16, i16* %219, i64 %262
	%272 = bitcast i16* %271 to <8 x i16>*
	%273 = load <8 x i16>, <8 x i16>* %272, align 2
	%274 = zext <8 x i16> %273 to <8 x i32>
	%275 = shl <8 x i32> %274, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%276 = bitcast <8 x i32> %275 to <8 x float>
	%277 = select i1 %214, <8 x float> %276, <8 x float> zeroinitializer
	%278 = getelementptr inbounds i16, i16* %226, i64 %262
	%279 = bitcast i16* %278 to <8 x i16>*
	%280 = load <8 x i16>, <8 x i16>* %279, align 2
	%281 = zext <8 x i16> %280 to <8 x i32>
	%282 = shl <8 x i32> %281, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%283 = bitcast <8 x i32> %282 to <8 x float>
	%284 = select i1 %221, <8 x float> %283, <8 x float> zeroinitializer
	%285 = getelementptr inbounds i16, i16* %233, i64 %262
	%286 = bitcast i16* %285 to <8 x i16>*
	%287 = load <8 x i16>, <8 x i16>* %286, align 2
	%288 = zext <8 x i16> %287 to <8 x i32>
	%289 = shl <8 x i32> %288, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%290 = bitcast <8 x i32> %289 to <8 x float>
	%291 = select i1 %228, <8 x float> %290, <8 x float> zeroinitializer
	%292 = getelementptr inbounds i16, i16* %240, i64 %262
	%293 = bitcast i16* %292 to <8 x i16>*
	%294 = load <8 x i16>, <8 x i16>* %293, align 2
	%295 = zext <8 x i16> %294 to <8 x i32>
	%296 = shl <8 x i32> %295, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%297 = bitcast <8 x i32> %296 to <8 x float>
	%298 = select i1 %235, <8 x float> %297, <8 x float> zeroinitializer
	%299 = getelementptr inbounds i16, i16* %247, i64 %262
	%300 = bitcast i16* %299 to <8 x i16>*
	%301 = load <8 x i16>, <8 x i16>* %300, align 2
	%302 = zext <8 x i16> %301 to <8 x i32>
	%303 = shl <8 x i32> %302, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%304 = bitcast <8 x i32> %303 to <8 x float>
	%305 = select i1 %242, <8 x float> %304, <8 x float> zeroinitializer
	%306 = getelementptr inbounds i16, i16* %254, i64 %262
	%307 = bitcast i16* %306 to <8 x i16>*
	%308 = load <8 x i16>, <8 x i16>* %307, align 2
	%309 = zext <8 x i16> %308 to <8 x i32>
	%310 = shl <8 x i32> %309, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%311 = bitcast <8 x i32> %310 to <8 x float>
	%312 = select i1 %249, <8 x float> %311, <8 x float> zeroinitializer
	%313 = getelementptr inbounds i16, i16* %261, i64 %262
	%314 = bitcast i16* %313 to <8 x i16>*
	%315 = load <8 x i16>, <8 x i16>* %314, align 2
	%316 = zext <8 x i16> %315 to <8 x i32>
	%317 = shl <8 x i32> %316, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%318 = bitcast <8 x i32> %317 to <8 x float>
	%319 = select i1 %256, <8 x float> %318, <8 x float> zeroinitializer
	%320 = shufflevector <8 x float> %270, <8 x float> %298, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%321 = shufflevector <8 x float> %270, <8 x float> %298, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%322 = shufflevector <8 x float> %277, <8 x float> %305, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%323 = shufflevector <8 x float> %277, <8 x float> %305, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%324 = shufflevector <8 x float> %284, <8 x float> %312, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%325 = shufflevector <8 x float> %284, <8 x float> %312, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%326 = shufflevector <8 x float> %291, <8 x float> %319, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%327 = shufflevector <8 x float> %291, <8 x float> %319, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%328 = shufflevector <8 x float> %320, <8 x float> %324, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%329 = shufflevector <8 x float> %320, <8 x float> %324, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%330 = shufflevector <8 x float> %322, <8 x float> %326, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%331 = shufflevector <8 x float> %322, <8 x float> %326, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%332 = shufflevector <8 x float> %321, <8 x float> %325, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%333 = shufflevector <8 x float> %321, <8 x float> %325, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%334 = shufflevector <8 x float> %323, <8 x float> %327, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%335 = shufflevector <8 x float> %323, <8 x float> %327, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%336 = shufflevector <8 x float> %328, <8 x float> %330, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%337 = shufflevector <8 x float> %328, <8 x float> %330, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%338 = shufflevector <8 x float> %329, <8 x float> %331, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%339 = shufflevector <8 x float> %329, <8 x float> %331, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%340 = shufflevector <8 x float> %332, <8 x float> %334, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%341 = shufflevector <8 x float> %332, <8 x float> %334, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%342 = shufflevector <8 x float> %333, <8 x float> %335, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%343 = shufflevector <8 x float> %333, <8 x float> %335, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%344 = add i64 %262, 0
	%345 = mul i64 %344, 16
	%346 = add i64 %345, 0
	%347 = getelementptr inbounds float, float* %52, i64 %346
	%348 = bitcast float* %347 to <8 x float>*
	store <8 x float> %336, <8 x float>* %348, align 4
	%349 = add i64 %262, 1
	%350 = mul i64 %349, 16
	%351 = add i64 %350, 0
	%352 = getelementptr inbounds float, float* %52, i64 %351
	%353 = bitcast float* %352 to <8 x float>*
	store <8 x float> %337, <8 x float>* %353, align 4
	%354 = add i64 %262, 2
	%355 = mul i64 %354, 16
	%356 = add i64 %355, 0
	%357 = getelementptr inbounds float, float* %52, i64 %356
	%358 = bitcast float* %357 to <8 x float>*
	store <8 x float> %338, <8 x float>* %358, align 4
	%359 = add i64 %262, 3
	%360 = mul i64 %359, 16
	%361 = add i64 %360, 0
	%362 = getelementptr inbounds float, float* %52, i64 %361
	%363 = bitcast float* %362 to <8 x float>*
	store <8 x float> %339, <8 x float>* %363, align 4
	%364 = add i64 %262, 4
	%365 = mul i64 %364, 16
	%366 = add i64 %365, 0
	%367 = getelementptr inbounds float, float* %52, i64 %366
	%368 = bitcast float* %367 to <8 x float>*
	store <8 x float> %340, <8 x float>* %368, align 4
	%369 = add i64 %262, 5
	%370 = mul i64 %369, 16
	%371 = add i64 %370, 0
	%372 = getelementptr inbounds float, float* %52, i64 %371
	%373 = bitcast float* %372 to <8 x float>*
	store <8 x float> %341, <8 x float>* %373, align 4
	%374 = add i64 %262, 6
	%375 = mul i64 %374, 16
	%376 = add i64 %375, 0
	%377 = getelementptr inbounds float, float* %52, i64 %376
	%378 = bitcast float* %377 to <8 x float>*
	store <8 x float> %342, <8 x float>* %378, align 4
	%379 = add i64 %262, 7
	%380 = mul i64 %379, 16
	%381 = add i64 %380, 0
	%382 = getelementptr inbounds float, float* %52, i64 %381
	%383 = bitcast float* %382 to <8 x float>*
	store <8 x float> %343, <8 x float>* %383, align 4
	%384 = add i64 %262, 8
	br label %loop20

done22:
	%385 = add i64 %204, 8
	%386 = icmp slt i64 %385, %49
	%387 = select i1 %386, i64 %385, i64 %204
	%388 = sub i64 %387, %44
	%389 = mul i64 %388, 24
	%390 = add i64 %389, 0
	%391 = getelementptr inbounds i16, i16* %42, i64 %390
	%392 = add i64 %204, 9
	%393 = icmp slt i64 %392, %49
	%394 = select i1 %393, i64 %392, i64 %204
	%395 = sub i64 %394, %44
	%396 = mul i64 %395, 24
	%397 = add i64 %396, 0
	%398 = getelementptr inbounds i16, i16* %42, i64 %397
	%399 = add i64 %204, 10
	%400 = icmp slt i64 %399, %49
	%401 = select i1 %400, i64 %399, i64 %204
	%402 = sub i64 %401, %44
	%403 = mul i64 %402, 24
	%404 = add i64 %403, 0
	%405 = getelementptr inbounds i16, i16* %42, i64 %404
	%406 = add i64 %204, 11
	%407 = icmp slt i64 %406, %49
	%408 = select i1 %407, i64 %406, i64 %204
	%409 = sub i64 %408, %44
	%410 = mul i64 %409, 24
	%411 = add i64 %410, 0
	%412 = getelementptr inbounds i16, i16* %42, i64 %411
	%413 = add i64 %204, 12
	%414 = icmp slt i64 %413, %49
	%415 = select i1 %414, i64 %413, i64 %204
	%416 = sub i64 %415, %44
	%417 = mul i64 %416, 24
	%418 = add i64 %417, 0
	%419 = getelementptr inbounds i16, i16* %42, i64 %418
	%420 = add i64 %204, 13
	%421 = icmp slt i64 %420, %49
	%422 = select i1 %421, i64 %420, i64 %204
	%423 = sub i64 %422, %44
	%424 = mul i64 %423, 24
	%425 = add i64 %424, 0
	%426 = getelementptr inbounds i16, i16* %42, i64 %425
	%427 = add i64 %204, 14
	%428 = icmp slt i64 %427, %49
	%429 = select i1 %428, i64 %427, i64 %204
	%430 = sub i64 %429, %44
	%431 = mul i64 %430, 24
	%432 = add i64 %431, 0
	%433 = getelementptr inbounds i16, i16* %42, i64 %432
	%434 = add i64 %204, 15
	%435 = icmp slt i64 %434, %49
	%436 = select i1 %435, i64 %434, i64 %204
	%437 = sub i64 %436, %44
	%438 = mul i64 %437, 24
	%439 = add i64 %438, 0
	%440 = getelementptr inbounds i16, i16* %42, i64 %439
	br label %loop23

loop23:
	%441 = phi i64 [ 0, %done22 ], [ %563, %body24 ]
	%442 = icmp slt i64 %441, 24
	br i1 %442, label %body24, label %done25

body24:
	%443 = getelementptr inbounds i16, i16* %391, i64 %441
	%444 = bitcast i16* %443 to <8 x i16>*
	%445 = load <8 x i16>, <8 x i16>* %444, align 2
	%446 = zext <8 x i16> %445 to <8 x i32>
	%447 = shl <8 x i32> %446, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%448 = bitcast <8 x i32> %447 to <8 x float>
	%449 = select i1 %386, <8 x float> %448, <8 x float> zeroinitializer
	%450 = getelementptr inbounds i16, i16* %398, i64 %441
	%451 = bitcast i16* %450 to <8 x i16>*
	%452 = load <8 x i16>, <8 x i16>* %451, align 2
	%453 = zext <8 x i16> %452 to <8 x i32>
	%454 = shl <8 x i32> %453, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%455 = bitcast <8 x i32> %454 to <8 x float>
	%456 = select i1 %393, <8 x float> %455, <8 x float> zeroinitializer
	%457 = getelementptr inbounds i16, i16* %405, i64 %441
	%458 = bitcast i16* %457 to <8 x i16>*
	%459 = load <8 x i16>, <8 x i16>* %458, align 2
	%460 = zext <8 x i16> %459 to <8 x i32>
	%461 = shl <8 x i32> %460, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%462 = bitcast <8 x i32> %461 to <8 x float>
	%463 = select i1 %400, <8 x float> %462, <8 x float> zeroinitializer
	%464 = getelementptr inbounds i16, i16* %412, i64 %441
	%465 = bitcast i16* %464 to <8 x i16>*
	%466 = load <8 x i16>, <8 x i16>* %465, align 2
	%467 = zext <8 x i16> %466 to <8 x i32>
	%468 = shl <8 x i32> %467, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%469 = bitcast <8 x i32> %468 to <8 x float>
	%470 = select i1 %407, <8 x float> %469, <8 x float> zeroinitializer
	%471 = getelementptr inbounds i16, i16* %419, i64 %441
	%472 = bitcast i16* %471 to <8 x i16>*
	%473 = load <8 x i16>, <8 x i16>* %472, align 2
	%474 = zext <8 x i16> %473 to <8 x i32>
	%475 = shl <8 x i32> %474, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%476 = bitcast <8 x i32> %475 to <8 x float>
	%477 = select i1 %414, <8 x float> %476, <8 x float> zeroinitializer
	%478 = getelementptr inbounds i16, i16* %426, i64 %441
	%479 = bitcast i16* %478 to <8 x i16>*
	%480 = load <8 x i16>, <8 x i16>* %479, align 2
	%481 = zext <8 x i16> %480 to <8 x i32>
	%482 = shl <8 x i32> %481, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%483 = bitcast <8 x i32> %482 to <8 x float>
	%484 = select i1 %421, <8 x float> %483, <8 x float> zeroinitializer
	%485 = getelementptr inbounds i16, i16* %433, i64 %441
	%486 = bitcast i16* %485 to <8 x i16>*
	%487 = load <8 x i16>, <8 x i16>* %486, align 2
	%488 = zext <8 x i16> %487 to <8 x i32>
	%489 = shl <8 x i32> %488, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%490 = bitcast <8 x i32> %489 to <8 x float>
	%491 = select i1 %428, <8 x float> %490, <8 x float> zeroinitializer
	%492 = getelementptr inbounds i16, i16* %440, i64 %441
	%493 = bitcast i16* %492 to <8 x i16>*
	%494 = load <8 x i16>, <8 x i16>* %493, align 2
	%495 = zext <8 x i16> %494 to <8 x i32>
	%496 = shl <8 x i32> %495, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%497 = bitcast <8 x i32> %496 to <8 x float>
	%498 = select i1 %435, <8 x float> %497, <8 x float> zeroinitializer
	%499 = shufflevector <8 x float> %449, <8 x float> %477, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%500 = shufflevector <8 x float> %449, <8 x float> %477, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%501 = shufflevector <8 x float> %456, <8 x float> %484, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%502 = shufflevector <8 x float> %456, <8 x float> %484, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%503 = shufflevector <8 x float> %463, <8 x float> %491, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%504 = shufflevector <8 x float> %463, <8 x float> %491, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%505 = shufflevector <8 x float> %470, <8 x float> %498, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%506 = shufflevector <8 x float> %470, <8 x float> %498, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%507 = shufflevector <8 x float> %499, <8 x float> %503, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%508 = shufflevector <8 x float> %499, <8 x float> %503, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%509 = shufflevector <8 x float> %501, <8 x float> %505, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%510 = shufflevector <8 x float> %501, <8 x float> %505, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%511 = shufflevector <8 x float> %500, <8 x float> %504, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%512 = shufflevector <8 x float> %500, <8 x float> %504, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%513 = shufflevector <8 x float> %502, <8 x float> %506, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%514 = shufflevector <8 x float> %502, <8 x float> %506, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%515 = shufflevector <8 x float> %507, <8 x float> %509, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%516 = shufflevector <8 x float> %507, <8 x float> %509, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%517 = shufflevector <8 x float> %508, <8 x float> %510, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%518 = shufflevector <8 x float> %508, <8 x float> %510, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%519 = shufflevector <8 x float> %511, <8 x float> %513, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%520 = shufflevector <8 x float> %511, <8 x float> %513, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%521 = shufflevector <8 x float> %512, <8 x float> %514, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%522 = shufflevector <8 x float> %512, <8 x float> %514, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%523 = add i64 %441, 0
	%524 = mul i64 %523, 16
	%525 = add i64 %524, 8
	%526 = getelementptr inbounds float, float* %52, i64 %525
	%527 = bitcast float* %526 to <8 x float>*
	store <8 x float> %515, <8 x float>* %527, align 4
	%528 = add i64 %441, 1
	%529 = mul i64 %528, 16
	%530 = add i64 %529, 8
	%531 = getelementptr inbounds float, float* %52, i64 %530
	%532 = bitcast float* %531 to <8 x float>*
	store <8 x float> %516, <8 x float>* %532, align 4
	%533 = add i64 %441, 2
	%534 = mul i64 %533, 16
	%535 = add i64 %534, 8
	%536 = getelementptr inbounds float, float* %52, i64 %535
	%537 = bitcast float* %536 to <8 x float>*
	store <8 x float> %517, <8 x float>* %537, align 4
	%538 = add i64 %441, 3
	%539 = mul i64 %538, 16
	%540 = add i64 %539, 8
	%541 = getelementptr inbounds float, float* %52, i64 %540
	%542 = bitcast float* %541 to <8 x float>*
	store <8 x float> %518, <8 x float>* %542, align 4
	%543 = add i64 %441, 4
	%544 = mul i64 %543, 16
	%545 = add i64 %544, 8
	%546 = getelementptr inbounds float, float* %52, i64 %545
	%547 = bitcast float* %546 to <8 x float>*
	store <8 x float> %519, <8 x float>* %547, align 4
	%548 = add i64 %441, 5
	%549 = mul i64 %548, 16
	%550 = add i64 %549, 8
	%551 = getelementptr inbounds float, float* %52, i64 %550
	%552 = bitcast float* %551 to <8 x float>*
	store <8 x float> %520, <8 x float>* %552, align 4
	%553 = add i64 %441, 6
	%554 = mul i64 %553, 16
	%555 = add i64 %554, 8
	%556 = getelementptr inbounds float, float* %52, i64 %555
	%557 = bitcast float* %556 to <8 x float>*
	store <8 x float> %521, <8 x float>* %557, align 4
	%558 = add i64 %441, 7
	%559 = mul i64 %558, 16
	%560 = add i64 %559, 8
	%561 = getelementptr inbounds float, float* %52, i64 %560
	%562 = bitcast float* %561 to <8 x float>*
	store <8 x float> %522, <8 x float>* %562, align 4
	%563 = add i64 %441, 8
	br label %loop23

done25:
	%564 = add i64 %204, 16
	br label %loop26

loop26:
	%565 = phi i64 [ %65, %done25 ], [ %1019, %done36 ]
	%566 = icmp slt i64 %565, %202
	br i1 %566, label %body27, label %done37

body27:
	%567 = sub i64 %565, %65
	%568 = sdiv i64 %567, 6
	%569 = srem i64 %568, 16
	%570 = add i64 %564, %569
	%571 = sub i64 %49, %204
	%572 = sub i64 %571, 0
	%573 = sub i64 %571, 8
	%574 = sub i64 %565, %65
	%575 = sdiv i64 %574, 6
	%576 = mul i64 %575, 1536
	%577 = srem i64 %574, 6
	%578 = add i64 %576, %577
	%579 = getelementptr inbounds float, float* %53, i64 %578
	%580 = sub i64 %570, %44
	%581 = mul i64 %580, 24
	%582 = add i64 %581, 0
	%583 = getelementptr inbounds i16, i16* %42, i64 %582
	%584 = bitcast i16* %583 to i8*
	br label %loop28

loop28:
	%585 = phi i64 [ 0, %body27 ], [ %725, %join31 ]
	%586 = phi <8 x float> [ zeroinitializer, %body27 ], [ %688, %join31 ]
	%587 = phi <8 x float> [ zeroinitializer, %body27 ], [ %689, %join31 ]
	%588 = phi <8 x float> [ zeroinitializer, %body27 ], [ %695, %join31 ]
	%589 = phi <8 x float> [ zeroinitializer, %body27 ], [ %696, %join31 ]
	%590 = phi <8 x float> [ zeroinitializer, %body27 ], [ %702, %join31 ]
	%591 = phi <8 x float> [ zeroinitializer, %body27 ], [ %703, %join31 ]
	%592 = phi <8 x float> [ zeroinitializer, %body27 ], [ %709, %join31 ]
	%593 = phi <8 x float> [ zeroinitializer, %body27 ], [ %710, %join31 ]
	%594 = phi <8 x float> [ zeroinitializer, %body27 ], [ %716, %join31 ]
	%595 = phi <8 x float> [ zeroinitializer, %body27 ], [ %717, %join31 ]
	%596 = phi <8 x float> [ zeroinitializer, %body27 ], [ %723, %join31 ]
	%597 = phi <8 x float> [ zeroinitializer, %body27 ], [ %724, %join31 ]
	%598 = icmp slt i64 %585, 7
	br i1 %598, label %body29, label %done33

body29:
	%599 = add i64 %565, 6
	%600 = sdiv i64 %585, 1
	%601 = add i64 %599, %600
	%602 = srem i64 %585, 1
	%603 = mul i64 %602, 16
	%604 = add i64 %204, %603
	%605 = mul i64 %601, 64
	%606 = add i64 %605, %604
	%607 = getelementptr inbounds float, float* %4, i64 %606
	%608 = bitcast float* %607 to i8*
	%609 = sub i64 %585, 6
	%610 = mul i64 %609, 64
	%611 = getelementptr inbounds i8, i8* %584, i64 %610
	%612 = icmp slt i64 %585, 6
	br i1 %612, label %then30, label %else32

then30:
	%613 = bitcast i8* %608 to i8*
	call void @llvm.prefetch.p0i8(i8* %613, i32 0, i32 3, i32 1)
	br label %join31

else32:
	%614 = bitcast i8* %611 to i8*
	call void @llvm.prefetch.p0i8(i8* %614, i32 0, i32 2, i32 1)
	br label %join31

join31:
	%615 = mul i64 %585, 2
	%616 = add i64 %615, 0
	%617 = mul i64 %616, 16
	%618 = add i64 %617, 0
	%619 = getelementptr inbounds float, float* %52, i64 %618
	%620 = bitcast float* %619 to <8 x float>*
	%621 = load <8 x float>, <8 x float>* %620, align 4
	%622 = mul i64 %616, 16
	%623 = add i64 %622, 8
	%624 = getelementptr inbounds float, float* %52, i64 %623
	%625 = bitcast float* %624 to <8 x float>*
	%626 = load <8 x float>, <8 x float>* %625, align 4
	%627 = mul i64 %616, 6
	%628 = add i64 %627, 0
	%629 = getelementptr inbounds float, float* %579, i64 %628
	%630 = load float, float* %629, align 4
	%631 = insertelement <8 x float> undef, float %630, i64 0
	%632 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
	%633 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %632, <8 x float> %621, <8 x float> %586)
	%634 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %632, <8 x float> %626, <8 x float> %587)
	%635 = add i64 %627, 1
	%636 = getelementptr inbounds float, float* %579, i64 %635
	%637 = load float, float* %636, align 4
	%638 = insertelement <8 x float> undef, float %637, i64 0
	%639 = shufflevector <8 x float> %638, <8 x float> undef, <8 x i32> zeroinitializer
	%640 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %639, <8 x float> %621, <8 x float> %588)
	%641 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %639, <8 x float> %626, <8 x float> %589)
	%642 = add i64 %627, 2
	%643 = getelementptr inbounds float, float* %579, i64 %642
	%644 = load float, float* %643, align 4
	%645 = insertelement <8 x float> undef, float %644, i64 0
	%646 = shufflevector <8 x float> %645, <8 x float> undef, <8 x i32> zeroinitializer
	%647 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %646, <8 x float> %621, <8 x float> %590)
	%648 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %646, <8 x float> %626, <8 x float> %591)
	%649 = add i64 %627, 3
	%650 = getelementptr inbounds float, float* %579, i64 %649
	%651 = load float, float* %650, align 4
	%652 = insertelement <8 x float> undef, float %651, i64 0
	%653 = shufflevector <8 x float> %652, <8 x float> undef, <8 x i32> zeroinitializer
	%654 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %653, <8 x float> %621, <8 x float> %592)
	%655 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %653, <8 x float> %626, <8 x float> %593)
	%656 = add i64 %627, 4
	%657 = getelementptr inbounds float, float* %579, i64 %656
	%658 = load float, float* %657, align 4
	%659 = insertelement <8 x float> undef, float %658, i64 0
	%660 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
	%661 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %660, <8 x float> %621, <8 x float> %594)
	%662 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %660, <8 x float> %626, <8 x float> %595)
	%663 = add i64 %627, 5
	%664 = getelementptr inbounds float, float* %579, i64 %663
	%665 = load float, float* %664, align 4
	%666 = insertelement <8 x float> undef, float %665, i64 0
	%667 = shufflevector <8 x float> %666, <8 x float> undef, <8 x i32> zeroinitializer
	%668 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %667, <8 x float> %621, <8 x float> %596)
	%669 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %667, <8 x float> %626, <8 x float> %597)
	%670 = mul i64 %585, 2
	%671 = add i64 %670, 1
	%672 = mul i64 %671, 16
	%673 = add i64 %672, 0
	%674 = getelementptr inbounds float, float* %52, i64 %673
	%675 = bitcast float* %674 to <8 x float>*
	%676 = load <8 x float>, <8 x float>* %675, align 4
	%677 = mul i64 %671, 16
	%678 = add i64 %677, 8
	%679 = getelementptr inbounds float, float* %52, i64 %678
	%680 = bitcast float* %679 to <8 x float>*
	%681 = load <8 x float>, <8 x float>* %680, align 4
	%682 = mul i64 %671, 6
	%683 = add i64 %682, 0
	%684 = getelementptr inbounds float, float* %579, i64 %683
	%685 = load float, float* %684, align 4
	%686 = insertelement <8 x float> undef, float %685, i64 0
	%687 = shufflevector <8 x float> %686, <8 x float> undef, <8 x i32> zeroinitializer
	%688 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %687, <8 x float> %676, <8 x float> %633)
	%689 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %687, <8 x float> %681, <8 x float> %634)
	%690 = add i64 %682, 1
	%691 = getelementptr inbounds float, float* %579, i64 %690
	%692 = load float, float* %691, align 4
	%693 = insertelement <8 x float> undef, float %692, i64 0
	%694 = shufflevector <8 x float> %693, <8 x float> undef, <8 x i32> zeroinitializer
	%695 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %694, <8 x float> %676, <8 x float> %640)
	%696 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %694, <8 x float> %681, <8 x float> %641)
	%697 = add i64 %682, 2
	%698 = getelementptr inbounds float, float* %579, i64 %697
	%699 = load float, float* %698, align 4
	%700 = insertelement <8 x float> undef, float %699, i64 0
	%701 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
	%702 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %701, <8 x float> %676, <8 x float> %647)
	%703 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %701, <8 x float> %681, <8 x float> %648)
	%704 = add i64 %682, 3
	%705 = getelementptr inbounds float, float* %579, i64 %704
	%706 = load float, float* %705, align 4
	%707 = insertelement <8 x float> undef, float %706, i64 0
	%708 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
	%709 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %708, <8 x float> %676, <8 x float> %654)
	%710 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %708, <8 x float> %681, <8 x float> %655)
	%711 = add i64 %682, 4
	%712 = getelementptr inbounds float, float* %579, i64 %711
	%713 = load float, float* %712, align 4
	%714 = insertelement <8 x float> undef, float %713, i64 0
	%715 = shufflevector <8 x float> %714, <8 x float> undef, <8 x i32> zeroinitializer
	%716 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %715, <8 x float> %676, <8 x float> %661)
	%717 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %715, <8 x float> %681, <8 x float> %662)
	%718 = add i64 %682, 5
	%719 = getelementptr inbounds float, float* %579, i64 %718
	%720 = load float, float* %719, align 4
	%721 = insertelement <8 x float> undef, float %720, i64 0
	%722 = shufflevector <8 x float> %721, <8 x float> undef, <8 x i32> zeroinitializer
	%723 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %722, <8 x float> %676, <8 x float> %668)
	%724 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %722, <8 x float> %681, <8 x float> %669)
	%725 = add i64 %585, 1
	br label %loop28

done33:
	br label %loop34

loop34:
	%726 = phi i64 [ 7, %done33 ], [ %850, %body35 ]
	%727 = phi <8 x float> [ %586, %done33 ], [ %813, %body35 ]
	%728 = phi <8 x float> [ %587, %done33 ], [ %814, %body35 ]
	%729 = phi <8 x float> [ %588, %done33 ], [ %820, %body35 ]
	%730 = phi <8 x float> [ %589, %done33 ], [ %821, %body35 ]
	%731 = phi <8 x float> [ %590, %done33 ], [ %827, %body35 ]
	%732 = phi <8 x float> [ %591, %done33 ], [ %828, %body35 ]
	%733 = phi <8 x float> [ %592, %done33 ], [ %834, %body35 ]
	%734 = phi <8 x float> [ %593, %done33 ], [ %835, %body35 ]
	%735 = phi <8 x float> [ %594, %done33 ], [ %841, %body35 ]
	%736 = phi <8 x float> [ %595, %done33 ], [ %842, %body35 ]
	%737 = phi <8 x float> [ %596, %done33 ], [ %848, %body35 ]
	%738 = phi <8 x float> [ %597, %done33 ], [ %849, %body35 ]
	%739 = icmp slt i64 %726, 12
	br i1 %739, label %body35, label %done36

body35:
	%740 = mul i64 %726, 2
	%741 = add i64 %740, 0
	%742 = mul i64 %741, 16
	%743 = add i64 %742, 0
	%744 = getelementptr inbounds float, float* %52, i64 %743
	%745 = bitcast float* %744 to <8 x float>*
	%746 = load <8 x float>, <8 x float>* %745, align 4
	%747 = mul i64 %741, 16
	%748 = add i64 %747, 8
	%749 = getelementptr inbounds float, float* %52, i64 %748
	%750 = bitcast float* %749 to <8 x float>*
	%751 = load <8 x float>, <8 x float>* %750, align 4
	%752 = mul i64 %741, 6
	%753 = add i64 %752, 0
	%754 = getelementptr inbounds float, float* %579, i64 %753
	%755 = load float, float* %754, align 4
	%756 = insertelement <8 x float> undef, float %755, i64 0
	%757 = shufflevector <8 x float> %756, <8 x float> undef, <8 x i32> zeroinitializer
	%758 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %757, <8 x float> %746, <8 x float> %727)
	%759 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %757, <8 x float> %751, <8 x float> %728)
	%760 = add i64 %752, 1
	%761 = getelementptr inbounds float, float* %579, i64 %760
	%762 = load float, float* %761, align 4
	%763 = insertelement <8 x float> undef, float %762, i64 0
	%764 = shufflevector <8 x float> %763, <8 x float> undef, <8 x i32> zeroinitializer
	%765 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %764, <8 x float> %746, <8 x float> %729)
	%766 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %764, <8 x float> %751, <8 x float> %730)
	%767 = add i64 %752, 2
	%768 = getelementptr inbounds float, float* %579, i64 %767
	%769 = load float, float* %768, align 4
	%770 = insertelement <8 x float> undef, float %769, i64 0
	%771 = shufflevector <8 x float> %770, <8 x float> undef, <8 x i32> zeroinitializer
	%772 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %771, <8 x float> %746, <8 x float> %731)
	%773 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %771, <8 x float> %751, <8 x float> %732)
	%774 = add i64 %752, 3
	%775 = getelementptr inbounds float, float* %579, i64 %774
	%776 = load float, float* %775, align 4
	%777 = insertelement <8 x float> undef, float %776, i64 0
	%778 = shufflevector <8 x float> %777, <8 x float> undef, <8 x i32> zeroinitializer
	%779 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %778, <8 x float> %746, <8 x float> %733)
	%780 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %778, <8 x float> %751, <8 x float> %734)
	%781 = add i64 %752, 4
	%782 = getelementptr inbounds float, float* %579, i64 %781
	%783 = load float, float* %782, align 4
	%784 = insertelement <8 x float> undef, float %783, i64 0
	%785 = shufflevector <8 x float> %784, <8 x float> undef, <8 x i32> zeroinitializer
	%786 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %785, <8 x float> %746, <8 x float> %735)
	%787 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %785, <8 x float> %751, <8 x float> %736)
	%788 = add i64 %752, 5
	%789 = getelementptr inbounds float, float* %579, i64 %788
	%790 = load float, float* %789, align 4
	%791 = insertelement <8 x float> undef, float %790, i64 0
	%792 = shufflevector <8 x float> %791, <8 x float> undef, <8 x i32> zeroinitializer
	%793 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %792, <8 x float> %746, <8 x float> %737)
	%794 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %792, <8 x float> %751, <8 x float> %738)
	%795 = mul i64 %726, 2
	%796 = add i64 %795, 1
	%797 = mul i64 %796, 16
	%798 = add i64 %797, 0
	%799 = getelementptr inbounds float, float* %52, i64 %798
	%800 = bitcast float* %799 to <8 x float>*
	%801 = load <8 x float>, <8 x float>* %800, align 4
	%802 = mul i64 %796, 16
	%803 = add i64 %802, 8
	%804 = getelementptr inbounds float, float* %52, i64 %803
	%805 = bitcast float* %804 to <8 x float>*
	%806 = load <8 x float>, <8 x float>* %805, align 4
	%807 = mul i64 %796, 6
	%808 = add i64 %807, 0
	%809 = getelementptr inbounds float, float* %579, i64 %808
	%810 = load float, float* %809, align 4
	%811 = insertelement <8 x float> undef, float %810, i64 0
	%812 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
	%813 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %812, <8 x float> %801, <8 x float> %758)
	%814 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %812, <8 x float> %806, <8 x float> %759)
	%815 = add i64 %807, 1
	%816 = getelementptr inbounds float, float* %579, i64 %815
	%817 = load float, float* %816, align 4
	%818 = insertelement <8 x float> undef, float %817, i64 0
	%819 = shufflevector <8 x float> %818, <8 x float> undef, <8 x i32> zeroinitializer
	%820 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %819, <8 x float> %801, <8 x float> %765)
	%821 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %819, <8 x float> %806, <8 x float> %766)
	%822 = add i64 %807, 2
	%823 = getelementptr inbounds float, float* %579, i64 %822
	%824 = load float, float* %823, align 4
	%825 = insertelement <8 x float> undef, float %824, i64 0
	%826 = shufflevector <8 x float> %825, <8 x float> undef, <8 x i32> zeroinitializer
	%827 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %826, <8 x float> %801, <8 x float> %772)
	%828 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %826, <8 x float> %806, <8 x float> %773)
	%829 = add i64 %807, 3
	%830 = getelementptr inbounds float, float* %579, i64 %829
	%831 = load float, float* %830, align 4
	%832 = insertelement <8 x float> undef, float %831, i64 0
	%833 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
	%834 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %833, <8 x float> %801, <8 x float> %779)
	%835 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %833, <8 x float> %806, <8 x float> %780)
	%836 = add i64 %807, 4
	%837 = getelementptr inbounds float, float* %579, i64 %836
	%838 = load float, float* %837, align 4
	%839 = insertelement <8 x float> undef, float %838, i64 0
	%840 = shufflevector <8 x float> %839, <8 x float> undef, <8 x i32> zeroinitializer
	%841 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %840, <8 x float> %801, <8 x float> %786)
	%842 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %840, <8 x float> %806, <8 x float> %787)
	%843 = add i64 %807, 5
	%844 = getelementptr inbounds float, float* %579, i64 %843
	%845 = load float, float* %844, align 4
	%846 = insertelement <8 x float> undef, float %845, i64 0
	%847 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
	%848 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %847, <8 x float> %801, <8 x float> %793)
	%849 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %847, <8 x float> %806, <8 x float> %794)
	%850 = add i64 %726, 1
	br label %loop34

done36:
	%851 = add i64 %565, 0
	%852 = mul i64 %851, 64
	%853 = add i64 %204, 0
	%854 = add i64 %852, %853
	%855 = getelementptr inbounds float, float* %4, i64 %854
	%856 = bitcast float* %855 to <8 x float>*
	%857 = icmp slt i64 %572, 8
	%858 = select i1 %857, i64 %572, i64 8
	%859 = icmp sgt i64 %858, 0
	%860 = select i1 %859, i64 %858, i64 0
	%861 = trunc i64 %860 to i32
	%862 = insertelement <8 x i32> undef, i32 %861, i64 0
	%863 = shufflevector <8 x i32> %862, <8 x i32> undef, <8 x i32> zeroinitializer
	%864 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %863
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %727, <8 x float>* %856, i32 4, <8 x i1> %864)
	%865 = add i64 %565, 0
	%866 = mul i64 %865, 64
	%867 = add i64 %204, 8
	%868 = add i64 %866, %867
	%869 = getelementptr inbounds float, float* %4, i64 %868
	%870 = bitcast float* %869 to <8 x float>*
	%871 = icmp slt i64 %573, 8
	%872 = select i1 %871, i64 %573, i64 8
	%873 = icmp sgt i64 %872, 0
	%874 = select i1 %873, i64 %872, i64 0
	%875 = trunc i64 %874 to i32
	%876 = insertelement <8 x i32> undef, i32 %875, i64 0
	%877 = shufflevector <8 x i32> %876, <8 x i32> undef, <8 x i32> zeroinitializer
	%878 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %877
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %728, <8 x float>* %870, i32 4, <8 x i1> %878)
	%879 = add i64 %565, 1
	%880 = mul i64 %879, 64
	%881 = add i64 %204, 0
	%882 = add i64 %880, %881
	%883 = getelementptr inbounds float, float* %4, i64 %882
	%884 = bitcast float* %883 to <8 x float>*
	%885 = icmp slt i64 %572, 8
	%886 = select i1 %885, i64 %572, i64 8
	%887 = icmp sgt i64 %886, 0
	%888 = select i1 %887, i64 %886, i64 0
	%889 = trunc i64 %888 to i32
	%890 = insertelement <8 x i32> undef, i32 %889, i64 0
	%891 = shufflevector <8 x i32> %890, <8 x i32> undef, <8 x i32> zeroinitializer
	%892 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %891
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %729, <8 x float>* %884, i32 4, <8 x i1> %892)
	%893 = add i64 %565, 1
	%894 = mul i64 %893, 64
	%895 = add i64 %204, 8
	%896 = add i64 %894, %895
	%897 = getelementptr inbounds float, float* %4, i64 %896
	%898 = bitcast float* %897 to <8 x float>*
	%899 = icmp slt i64 %573, 8
	%900 = select i1 %899, i64 %573, i64 8
	%901 = icmp sgt i64 %900, 0
	%902 = select i1 %901, i64 %900, i64 0
	%903 = trunc i64 %902 to i32
	%904 = insertelement <8 x i32> undef, i32 %903, i64 0
	%905 = shufflevector <8 x i32> %904, <8 x i32> undef, <8 x i32> zeroinitializer
	%906 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %905
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %730, <8 x float>* %898, i32 4, <8 x i1> %906)
	%907 = add i64 %565, 2
	%908 = mul i64 %907, 64
	%909 = add i64 %204, 0
	%910 = add i64 %908, %909
	%911 = getelementptr inbounds float, float* %4, i64 %910
	%912 = bitcast float* %911 to <8 x float>*
	%913 = icmp slt i64 %572, 8
	%914 = select i1 %913, i64 %572, i64 8
	%915 = icmp sgt i64 %914, 0
	%916 = select i1 %915, i64 %914, i64 0
	%917 = trunc i64 %916 to i32
	%918 = insertelement <8 x i32> undef, i32 %917, i64 0
	%919 = shufflevector <8 x i32> %918, <8 x i32> undef, <8 x i32> zeroinitializer
	%920 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %919
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %731, <8 x float>* %912, i32 4, <8 x i1> %920)
	%921 = add i64 %565, 2
	%922 = mul i64 %921, 64
	%923 = add i64 %204, 8
	%924 = add i64 %922, %923
	%925 = getelementptr inbounds float, float* %4, i64 %924
	%926 = bitcast float* %925 to <8 x float>*
	%927 = icmp slt i64 %573, 8
	%928 = select i1 %927, i64 %573, i64 8
	%929 = icmp sgt i64 %928, 0
	%930 = select i1 %929, i64 %928, i64 0
	%931 = trunc i64 %930 to i32
	%932 = insertelement <8 x i32> undef, i32 %931, i64 0
	%933 = shufflevector <8 x i32> %932, <8 x i32> undef, <8 x i32> zeroinitializer
	%934 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %933
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %732, <8 x float>* %926, i32 4, <8 x i1> %934)
	%935 = add i64 %565, 3
	%936 = mul i64 %935, 64
	%937 = add i64 %204, 0
	%938 = add i64 %936, %937
	%939 = getelementptr inbounds float, float* %4, i64 %938
	%940 = bitcast float* %939 to <8 x float>*
	%941 = icmp slt i64 %572, 8
	%942 = select i1 %941, i64 %572, i64 8
	%943 = icmp sgt i64 %942, 0
	%944 = select i1 %943, i64 %942, i64 0
	%945 = trunc i64 %944 to i32
	%946 = insertelement <8 x i32> undef, i32 %945, i64 0
	%947 = shufflevector <8 x i32> %946, <8 x i32> undef, <8 x i32> zeroinitializer
	%948 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %947
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %733, <8 x float>* %940, i32 4, <8 x i1> %948)
	%949 = add i64 %565, 3
	%950 = mul i64 %949, 64
	%951 = add i64 %204, 8
	%952 = add i64 %950, %951
	%953 = getelementptr inbounds float, float* %4, i64 %952
	%954 = bitcast float* %953 to <8 x float>*
	%955 = icmp slt i64 %573, 8
	%956 = select i1 %955, i64 %573, i64 8
	%957 = icmp sgt i64 %956, 0
	%958 = select i1 %957, i64 %956, i64 0
	%959 = trunc i64 %958 to i32
	%960 = insertelement <8 x i32> undef, i32 %959, i64 0
	%961 = shufflevector <8 x i32> %960, <8 x i32> undef, <8 x i32> zeroinitializer
	%962 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %961
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %734, <8 x float>* %954, i32 4, <8 x i1> %962)
	%963 = add i64 %565, 4
	%964 = mul i64 %963, 64
	%965 = add i64 %204, 0
	%966 = add i64 %964, %965
	%967 = getelementptr inbounds float, float* %4, i64 %966
	%968 = bitcast float* %967 to <8 x float>*
	%969 = icmp slt i64 %572, 8
	%970 = select i1 %969, i64 %572, i64 8
	%971 = icmp sgt i64 %970, 0
	%972 = select i1 %971, i64 %970, i64 0
	%973 = trunc i64 %972 to i32
	%974 = insertelement <8 x i32> undef, i32 %973, i64 0
	%975 = shufflevector <8 x i32> %974, <8 x i32> undef, <8 x i32> zeroinitializer
	%976 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %975
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %735, <8 x float>* %968, i32 4, <8 x i1> %976)
	%977 = add i64 %565, 4
	%978 = mul i64 %977, 64
	%979 = add i64 %204, 8
	%980 = add i64 %978, %979
	%981 = getelementptr inbounds float, float* %4, i64 %980
	%982 = bitcast float* %981 to <8 x float>*
	%983 = icmp slt i64 %573, 8
	%984 = select i1 %983, i64 %573, i64 8
	%985 = icmp sgt i64 %984, 0
	%986 = select i1 %985, i64 %984, i64 0
	%987 = trunc i64 %986 to i32
	%988 = insertelement <8 x i32> undef, i32 %987, i64 0
	%989 = shufflevector <8 x i32> %988, <8 x i32> undef, <8 x i32> zeroinitializer
	%990 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %989
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %736, <8 x float>* %982, i32 4, <8 x i1> %990)
	%991 = add i64 %565, 5
	%992 = mul i64 %991, 64
	%993 = add i64 %204, 0
	%994 = add i64 %992, %993
	%995 = getelementptr inbounds float, float* %4, i64 %994
	%996 = bitcast float* %995 to <8 x float>*
	%997 = icmp slt i64 %572, 8
	%998 = select i1 %997, i64 %572, i64 8
	%999 = icmp sgt i64 %998, 0
	%1000 = select i1 %999, i64 %998, i64 0
	%1001 = trunc i64 %1000 to i32
	%1002 = insertelement <8 x i32> undef, i32 %1001, i64 0
	%1003 = shufflevector <8 x i32> %1002, <8 x i32> undef, <8 x i32> zeroinitializer
	%1004 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1003
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %737, <8 x float>* %996, i32 4, <8 x i1> %1004)
	%1005 = add i64 %565, 5
	%1006 = mul i64 %1005, 64
	%1007 = add i64 %204, 8
	%1008 = add i64 %1006, %1007
	%1009 = getelementptr inbounds float, float* %4, i64 %1008
	%1010 = bitcast float* %1009 to <8 x float>*
	%1011 = icmp slt i64 %573, 8
	%1012 = select i1 %1011, i64 %573, i64 8
	%1013 = icmp sgt i64 %1012, 0
	%1014 = select i1 %1013, i64 %1012, i64 0
	%1015 = trunc i64 %1014 to i32
	%1016 = insertelement <8 x i32> undef, i32 %1015, i64 0
	%1017 = shufflevector <8 x i32> %1016, <8 x i32> undef, <8 x i32> zeroinitializer
	%1018 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1017
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %738, <8 x float>* %1010, i32 4, <8 x i1> %1018)
	%1019 = add i64 %565, 6
	br label %loop26

done37:
	%1020 = icmp sgt i64 %203, 0
	br i1 %1020, label %then38, label %join39

then38:
	%1021 = sub i64 %49, %204
	%1022 = sub i64 %1021, 0
	%1023 = sub i64 %1021, 8
	%1024 = sub i64 %202, %65
	%1025 = sdiv i64 %1024, 6
	%1026 = mul i64 %1025, 1536
	%1027 = srem i64 %1024, 6
	%1028 = add i64 %1026, %1027
	%1029 = getelementptr inbounds float, float* %53, i64 %1028
	br label %loop40

loop40:
	%1030 = phi i64 [ 0, %then38 ], [ %1154, %body41 ]
	%1031 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1117, %body41 ]
	%1032 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1118, %body41 ]
	%1033 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1124, %body41 ]
	%1034 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1125, %body41 ]
	%1035 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1131, %body41 ]
	%1036 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1132, %body41 ]
	%1037 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1138, %body41 ]
	%1038 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1139, %body41 ]
	%1039 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1145, %body41 ]
	%1040 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1146, %body41 ]
	%1041 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1152, %body41 ]
	%1042 = phi <8 x float> [ zeroinitializer, %then38 ], [ %1153, %body41 ]
	%1043 = icmp slt i64 %1030, 12
	br i1 %1043, label %body41, label %done42

body41:
	%1044 = mul i64 %1030, 2
	%1045 = add i64 %1044, 0
	%1046 = mul i64 %1045, 16
	%1047 = add i64 %1046, 0
	%1048 = getelementptr inbounds float, float* %52, i64 %1047
	%1049 = bitcast float* %1048 to <8 x float>*
	%1050 = load <8 x float>, <8 x float>* %1049, align 4
	%1051 = mul i64 %1045, 16
	%1052 = add i64 %1051, 8
	%1053 = getelementptr inbounds float, float* %52, i64 %1052
	%1054 = bitcast float* %1053 to <8 x float>*
	%1055 = load <8 x float>, <8 x float>* %1054, align 4
	%1056 = mul i64 %1045, 6
	%1057 = add i64 %1056, 0
	%1058 = getelementptr inbounds float, float* %1029, i64 %1057
	%1059 = load float, float* %1058, align 4
	%1060 = insertelement <8 x float> undef, float %1059, i64 0
	%1061 = shufflevector <8 x float> %1060, <8 x float> undef, <8 x i32> zeroinitializer
	%1062 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1061, <8 x float> %1050, <8 x float> %1031)
	%1063 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1061, <8 x float> %1055, <8 x float> %1032)
	%1064 = add i64 %1056, 1
	%1065 = getelementptr inbounds float, float* %1029, i64 %1064
	%1066 = load float, float* %1065, align 4
	%1067 = insertelement <8 x float> undef, float %1066, i64 0
	%1068 = shufflevector <8 x float> %1067, <8 x float> undef, <8 x i32> zeroinitializer
	%1069 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1068, <8 x float> %1050, <8 x float> %1033)
	%1070 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1068, <8 x float> %1055, <8 x float> %1034)
	%1071 = add i64 %1056, 2
	%1072 = getelementptr inbounds float, float* %1029, i64 %1071
	%1073 = load float, float* %1072, align 4
	%1074 = insertelement <8 x float> undef, float %1073, i64 0
	%1075 = shufflevector <8 x float> %1074, <8 x float> undef, <8 x i32> zeroinitializer
	%1076 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1075, <8 x float> %1050, <8 x float> %1035)
	%1077 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1075, <8 x float> %1055, <8 x float> %1036)
	%1078 = add i64 %1056, 3
	%1079 = getelementptr inbounds float, float* %1029, i64 %1078
	%1080 = load float, float* %1079, align 4
	%1081 = insertelement <8 x float> undef, float %1080, i64 0
	%1082 = shufflevector <8 x float> %1081, <8 x float> undef, <8 x i32> zeroinitializer
	%1083 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1082, <8 x float> %1050, <8 x float> %1037)
	%1084 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1082, <8 x float> %1055, <8 x float> %1038)
	%1085 = add i64 %1056, 4
	%1086 = getelementptr inbounds float, float* %1029, i64 %1085
	%1087 = load float, float* %1086, align 4
	%1088 = insertelement <8 x float> undef, float %1087, i64 0
	%1089 = shufflevector <8 x float> %1088, <8 x float> undef, <8 x i32> zeroinitializer
	%1090 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1089, <8 x float> %1050, <8 x float> %1039)
	%1091 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1089, <8 x float> %1055, <8 x float> %1040)
	%1092 = add i64 %1056, 5
	%1093 = getelementptr inbounds float, float* %1029, i64 %1092
	%1094 = load float, float* %1093, align 4
	%1095 = insertelement <8 x float> undef, float %1094, i64 0
	%1096 = shufflevector <8 x float> %1095, <8 x float> undef, <8 x i32> zeroinitializer
	%1097 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1096, <8 x float> %1050, <8 x float> %1041)
	%1098 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1096, <8 x float> %1055, <8 x float> %1042)
	%1099 = mul i64 %1030, 2
	%1100 = add i64 %1099, 1
	%1101 = mul i64 %1100, 16
	%1102 = add i64 %1101, 0
	%1103 = getelementptr inbounds float, float* %52, i64 %1102
	%1104 = bitcast float* %1103 to <8 x float>*
	%1105 = load <8 x float>, <8 x float>* %1104, align 4
	%1106 = mul i64 %1100, 16
	%1107 = add i64 %1106, 8
	%1108 = getelementptr inbounds float, float* %52, i64 %1107
	%1109 = bitcast float* %1108 to <8 x float>*
	%1110 = load <8 x float>, <8 x float>* %1109, align 4
	%1111 = mul i64 %1100, 6
	%1112 = add i64 %1111, 0
	%1113 = getelementptr inbounds float, float* %1029, i64 %1112
	%1114 = load float, float* %1113, align 4
	%1115 = insertelement <8 x float> undef, float %1114, i64 0
	%1116 = shufflevector <8 x float> %1115, <8 x float> undef, <8 x i32> zeroinitializer
	%1117 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1116, <8 x float> %1105, <8 x float> %1062)
	%1118 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1116, <8 x float> %1110, <8 x float> %1063)
	%1119 = add i64 %1111, 1
	%1120 = getelementptr inbounds float, float* %1029, i64 %1119
	%1121 = load float, float* %1120, align 4
	%1122 = insertelement <8 x float> undef, float %1121, i64 0
	%1123 = shufflevector <8 x float> %1122, <8 x float> undef, <8 x i32> zeroinitializer
	%1124 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1123, <8 x float> %1105, <8 x float> %1069)
	%1125 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1123, <8 x float> %1110, <8 x float> %1070)
	%1126 = add i64 %1111, 2
	%1127 = getelementptr inbounds float, float* %1029, i64 %1126
	%1128 = load float, float* %1127, align 4
	%1129 = insertelement <8 x float> undef, float %1128, i64 0
	%1130 = shufflevector <8 x float> %1129, <8 x float> undef, <8 x i32> zeroinitializer
	%1131 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1130, <8 x float> %1105, <8 x float> %1076)
	%1132 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1130, <8 x float> %1110, <8 x float> %1077)
	%1133 = add i64 %1111, 3
	%1134 = getelementptr inbounds float, float* %1029, i64 %1133
	%1135 = load float, float* %1134, align 4
	%1136 = insertelement <8 x float> undef, float %1135, i64 0
	%1137 = shufflevector <8 x float> %1136, <8 x float> undef, <8 x i32> zeroinitializer
	%1138 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1137, <8 x float> %1105, <8 x float> %1083)
	%1139 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1137, <8 x float> %1110, <8 x float> %1084)
	%1140 = add i64 %1111, 4
	%1141 = getelementptr inbounds float, float* %1029, i64 %1140
	%1142 = load float, float* %1141, align 4
	%1143 = insertelement <8 x float> undef, float %1142, i64 0
	%1144 = shufflevector <8 x float> %1143, <8 x float> undef, <8 x i32> zeroinitializer
	%1145 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1144, <8 x float> %1105, <8 x float> %1090)
	%1146 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1144, <8 x float> %1110, <8 x float> %1091)
	%1147 = add i64 %1111, 5
	%1148 = getelementptr inbounds float, float* %1029, i64 %1147
	%1149 = load float, float* %1148, align 4
	%1150 = insertelement <8 x float> undef, float %1149, i64 0
	%1151 = shufflevector <8 x float> %1150, <8 x float> undef, <8 x i32> zeroinitializer
	%1152 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1151, <8 x float> %1105, <8 x float> %1097)
	%1153 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1151, <8 x float> %1110, <8 x float> %1098)
	%1154 = add i64 %1030, 1
	br label %loop40

done42:
	%1155 = add i64 %202, 0
	%1156 = mul i64 %1155, 64
	%1157 = add i64 %204, 0
	%1158 = add i64 %1156, %1157
	%1159 = getelementptr inbounds float, float* %4, i64 %1158
	%1160 = bitcast float* %1159 to <8 x float>*
	%1161 = icmp slt i64 %1022, 8
	%1162 = select i1 %1161, i64 %1022, i64 8
	%1163 = icmp sgt i64 %1162, 0
	%1164 = select i1 %1163, i64 %1162, i64 0
	%1165 = trunc i64 %1164 to i32
	%1166 = insertelement <8 x i32> undef, i32 %1165, i64 0
	%1167 = shufflevector <8 x i32> %1166, <8 x i32> undef, <8 x i32> zeroinitializer
	%1168 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1167
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1031, <8 x float>* %1160, i32 4, <8 x i1> %1168)
	%1169 = add i64 %202, 0
	%1170 = mul i64 %1169, 64
	%1171 = add i64 %204, 8
	%1172 = add i64 %1170, %1171
	%1173 = getelementptr inbounds float, float* %4, i64 %1172
	%1174 = bitcast float* %1173 to <8 x float>*
	%1175 = icmp slt i64 %1023, 8
	%1176 = select i1 %1175, i64 %1023, i64 8
	%1177 = icmp sgt i64 %1176, 0
	%1178 = select i1 %1177, i64 %1176, i64 0
	%1179 = trunc i64 %1178 to i32
	%1180 = insertelement <8 x i32> undef, i32 %1179, i64 0
	%1181 = shufflevector <8 x i32> %1180, <8 x i32> undef, <8 x i32> zeroinitializer
	%1182 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1181
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1032, <8 x float>* %1174, i32 4, <8 x i1> %1182)
	%1183 = icmp slt i64 1, %203
	br i1 %1183, label %then43, label %join44

then43:
	%1184 = icmp slt i64 1, %203
	%1185 = select i1 %1184, i64 1, i64 0
	%1186 = add i64 %202, %1185
	%1187 = mul i64 %1186, 64
	%1188 = add i64 %204, 0
	%1189 = add i64 %1187, %1188
	%1190 = getelementptr inbounds float, float* %4, i64 %1189
	%1191 = bitcast float* %1190 to <8 x float>*
	%1192 = icmp slt i64 %1022, 8
	%1193 = select i1 %1192, i64 %1022, i64 8
	%1194 = icmp sgt i64 %1193, 0
	%1195 = select i1 %1194, i64 %1193, i64 0
	%1196 = trunc i64 %1195 to i32
	%1197 = insertelement <8 x i32> undef, i32 %1196, i64 0
	%1198 = shufflevector <8 x i32> %1197, <8 x i32> undef, <8 x i32> zeroinitializer
	%1199 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1198
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1033, <8 x float>* %1191, i32 4, <8 x i1> %1199)
	%1200 = icmp slt i64 1, %203
	%1201 = select i1 %1200, i64 1, i64 0
	%1202 = add i64 %202, %1201
	%1203 = mul i64 %1202, 64
	%1204 = add i64 %204, 8
	%1205 = add i64 %1203, %1204
	%1206 = getelementptr inbounds float, float* %4, i64 %1205
	%1207 = bitcast float* %1206 to <8 x float>*
	%1208 = icmp slt i64 %1023, 8
	%1209 = select i1 %1208, i64 %1023, i64 8
	%1210 = icmp sgt i64 %1209, 0
	%1211 = select i1 %1210, i64 %1209, i64 0
	%1212 = trunc i64 %1211 to i32
	%1213 = insertelement <8 x i32> undef, i32 %1212, i64 0
	%1214 = shufflevector <8 x i32> %1213, <8 x i32> undef, <8 x i32> zeroinitializer
	%1215 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1214
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1034, <8 x float>* %1207, i32 4, <8 x i1> %1215)
	br label %join44

join44:
	%1216 = icmp slt i64 2, %203
	br i1 %1216, label %then45, label %join46

then45:
	%1217 = icmp slt i64 2, %203
	%1218 = select i1 %1217, i64 2, i64 0
	%1219 = add i64 %202, %1218
	%1220 = mul i64 %1219, 64
	%1221 = add i64 %204, 0
	%1222 = add i64 %1220, %1221
	%1223 = getelementptr inbounds float, float* %4, i64 %1222
	%1224 = bitcast float* %1223 to <8 x float>*
	%1225 = icmp slt i64 %1022, 8
	%1226 = select i1 %1225, i64 %1022, i64 8
	%1227 = icmp sgt i64 %1226, 0
	%1228 = select i1 %1227, i64 %1226, i64 0
	%1229 = trunc i64 %1228 to i32
	%1230 = insertelement <8 x i32> undef, i32 %1229, i64 0
	%1231 = shufflevector <8 x i32> %1230, <8 x i32> undef, <8 x i32> zeroinitializer
	%1232 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1231
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1035, <8 x float>* %1224, i32 4, <8 x i1> %1232)
	%1233 = icmp slt i64 2, %203
	%1234 = select i1 %1233, i64 2, i64 0
	%1235 = add i64 %202, %1234
	%1236 = mul i64 %1235, 64
	%1237 = add i64 %204, 8
	%1238 = add i64 %1236, %1237
	%1239 = getelementptr inbounds float, float* %4, i64 %1238
	%1240 = bitcast float* %1239 to <8 x float>*
	%1241 = icmp slt i64 %1023, 8
	%1242 = select i1 %1241, i64 %1023, i64 8
	%1243 = icmp sgt i64 %1242, 0
	%1244 = select i1 %1243, i64 %1242, i64 0
	%1245 = trunc i64 %1244 to i32
	%1246 = insertelement <8 x i32> undef, i32 %1245, i64 0
	%1247 = shufflevector <8 x i32> %1246, <8 x i32> undef, <8 x i32> zeroinitializer
	%1248 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1247
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1036, <8 x float>* %1240, i32 4, <8 x i1> %1248)
	br label %join46

join46:
	%1249 = icmp slt i64 3, %203
	br i1 %1249, label %then47, label %join48

then47:
	%1250 = icmp slt i64 3, %203
	%1251 = select i1 %1250, i64 3, i64 0
	%1252 = add i64 %202, %1251
	%1253 = mul i64 %1252, 64
	%1254 = add i64 %204, 0
	%1255 = add i64 %1253, %1254
	%1256 = getelementptr inbounds float, float* %4, i64 %1255
	%1257 = bitcast float* %1256 to <8 x float>*
	%1258 = icmp slt i64 %1022, 8
	%1259 = select i1 %1258, i64 %1022, i64 8
	%1260 = icmp sgt i64 %1259, 0
	%1261 = select i1 %1260, i64 %1259, i64 0
	%1262 = trunc i64 %1261 to i32
	%1263 = insertelement <8 x i32> undef, i32 %1262, i64 0
	%1264 = shufflevector <8 x i32> %1263, <8 x i32> undef, <8 x i32> zeroinitializer
	%1265 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1264
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1037, <8 x float>* %1257, i32 4, <8 x i1> %1265)
	%1266 = icmp slt i64 3, %203
	%1267 = select i1 %1266, i64 3, i64 0
	%1268 = add i64 %202, %1267
	%1269 = mul i64 %1268, 64
	%1270 = add i64 %204, 8
	%1271 = add i64 %1269, %1270
	%1272 = getelementptr inbounds float, float* %4, i64 %1271
	%1273 = bitcast float* %1272 to <8 x float>*
	%1274 = icmp slt i64 %1023, 8
	%1275 = select i1 %1274, i64 %1023, i64 8
	%1276 = icmp sgt i64 %1275, 0
	%1277 = select i1 %1276, i64 %1275, i64 0
	%1278 = trunc i64 %1277 to i32
	%1279 = insertelement <8 x i32> undef, i32 %1278, i64 0
	%1280 = shufflevector <8 x i32> %1279, <8 x i32> undef, <8 x i32> zeroinitializer
	%1281 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1280
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1038, <8 x float>* %1273, i32 4, <8 x i1> %1281)
	br label %join48

join48:
	%1282 = icmp slt i64 4, %203
	br i1 %1282, label %then49, label %join50

then49:
	%1283 = icmp slt i64 4, %203
	%1284 = select i1 %1283, i64 4, i64 0
	%1285 = add i64 %202, %1284
	%1286 = mul i64 %1285, 64
	%1287 = add i64 %204, 0
	%1288 = add i64 %1286, %1287
	%1289 = getelementptr inbounds float, float* %4, i64 %1288
	%1290 = bitcast float* %1289 to <8 x float>*
	%1291 = icmp slt i64 %1022, 8
	%1292 = select i1 %1291, i64 %1022, i64 8
	%1293 = icmp sgt i64 %1292, 0
	%1294 = select i1 %1293, i64 %1292, i64 0
	%1295 = trunc i64 %1294 to i32
	%1296 = insertelement <8 x i32> undef, i32 %1295, i64 0
	%1297 = shufflevector <8 x i32> %1296, <8 x i32> undef, <8 x i32> zeroinitializer
	%1298 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1297
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1039, <8 x float>* %1290, i32 4, <8 x i1> %1298)
	%1299 = icmp slt i64 4, %203
	%1300 = select i1 %1299, i64 4, i64 0
	%1301 = add i64 %202, %1300
	%1302 = mul i64 %1301, 64
	%1303 = add i64 %204, 8
	%1304 = add i64 %1302, %1303
	%1305 = getelementptr inbounds float, float* %4, i64 %1304
	%1306 = bitcast float* %1305 to <8 x float>*
	%1307 = icmp slt i64 %1023, 8
	%1308 = select i1 %1307, i64 %1023, i64 8
	%1309 = icmp sgt i64 %1308, 0
	%1310 = select i1 %1309, i64 %1308, i64 0
	%1311 = trunc i64 %1310 to i32
	%1312 = insertelement <8 x i32> undef, i32 %1311, i64 0
	%1313 = shufflevector <8 x i32> %1312, <8 x i32> undef, <8 x i32> zeroinitializer
	%1314 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1313
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1040, <8 x float>* %1306, i32 4, <8 x i1> %1314)
	br label %join50

join50:
	%1315 = icmp slt i64 5, %203
	br i1 %1315, label %then51, label %join52

then51:
	%1316 = icmp slt i64 5, %203
	%1317 = select i1 %1316, i64 5, i64 0
	%1318 = add i64 %202, %1317
	%1319 = mul i64 %1318, 64
	%1320 = add i64 %204, 0
	%1321 = add i64 %1319, %1320
	%1322 = getelementptr inbounds float, float* %4, i64 %1321
	%1323 = bitcast float* %1322 to <8 x float>*
	%1324 = icmp slt i64 %1022, 8
	%1325 = select i1 %1324, i64 %1022, i64 8
	%1326 = icmp sgt i64 %1325, 0
	%1327 = select i1 %1326, i64 %1325, i64 0
	%1328 = trunc i64 %1327 to i32
	%1329 = insertelement <8 x i32> undef, i32 %1328, i64 0
	%1330 = shufflevector <8 x i32> %1329, <8 x i32> undef, <8 x i32> zeroinitializer
	%1331 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1330
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1041, <8 x float>* %1323, i32 4, <8 x i1> %1331)
	%1332 = icmp slt i64 5, %203
	%1333 = select i1 %1332, i64 5, i64 0
	%1334 = add i64 %202, %1333
	%1335 = mul i64 %1334, 64
	%1336 = add i64 %204, 8
	%1337 = add i64 %1335, %1336
	%1338 = getelementptr inbounds float, float* %4, i64 %1337
	%1339 = bitcast float* %1338 to <8 x float>*
	%1340 = icmp slt i64 %1023, 8
	%1341 = select i1 %1340, i64 %1023, i64 8
	%1342 = icmp sgt i64 %1341, 0
	%1343 = select i1 %1342, i64 %1341, i64 0
	%1344 = trunc i64 %1343 to i32
	%1345 = insertelement <8 x i32> undef, i32 %1344, i64 0
	%1346 = shufflevector <8 x i32> %1345, <8 x i32> undef, <8 x i32> zeroinitializer
	%1347 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1346
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1042, <8 x float>* %1339, i32 4, <8 x i1> %1347)
	br label %join52

join52:
	br label %join39

join39:
	%1348 = add i64 %204, 16
	br label %loop18

done53:
	%1349 = add i64 %63, 1
	br label %loop10

done54:
	br label %join8

then55:
	%1350 = sub i64 %49, %46
	%1351 = sdiv i64 %1350, 8
	%1352 = mul i64 %1351, 8
	%1353 = add i64 %46, %1352
	br label %loop58

else57:
	%1354 = sdiv i64 %21, 4
	%1355 = mul i64 %1354, 4
	br label %loop64

loop58:
	%1356 = phi i64 [ %46, %then55 ], [ %1663, %body59 ]
	%1357 = icmp slt i64 %1356, %1353
	br i1 %1357, label %body59, label %done60

body59:
	%1358 = add i64 %1356, 0
	%1359 = sub i64 %1358, %44
	%1360 = mul i64 %1359, 24
	%1361 = getelementptr inbounds i16, i16* %42, i64 %1360
	%1362 = add i64 %1356, 1
	%1363 = sub i64 %1362, %44
	%1364 = mul i64 %1363, 24
	%1365 = getelementptr inbounds i16, i16* %42, i64 %1364
	%1366 = add i64 %1356, 2
	%1367 = sub i64 %1366, %44
	%1368 = mul i64 %1367, 24
	%1369 = getelementptr inbounds i16, i16* %42, i64 %1368
	%1370 = add i64 %1356, 3
	%1371 = sub i64 %1370, %44
	%1372 = mul i64 %1371, 24
	%1373 = getelementptr inbounds i16, i16* %42, i64 %1372
	%1374 = add i64 %1356, 4
	%1375 = sub i64 %1374, %44
	%1376 = mul i64 %1375, 24
	%1377 = getelementptr inbounds i16, i16* %42, i64 %1376
	%1378 = add i64 %1356, 5
	%1379 = sub i64 %1378, %44
	%1380 = mul i64 %1379, 24
	%1381 = getelementptr inbounds i16, i16* %42, i64 %1380
	%1382 = add i64 %1356, 6
	%1383 = sub i64 %1382, %44
	%1384 = mul i64 %1383, 24
	%1385 = getelementptr inbounds i16, i16* %42, i64 %1384
	%1386 = add i64 %1356, 7
	%1387 = sub i64 %1386, %44
	%1388 = mul i64 %1387, 24
	%1389 = getelementptr inbounds i16, i16* %42, i64 %1388
	%1390 = getelementptr inbounds float, float* %7, i64 0
	%1391 = bitcast float* %1390 to <8 x float>*
	%1392 = load <8 x float>, <8 x float>* %1391, align 4
	%1393 = getelementptr inbounds i16, i16* %1361, i64 0
	%1394 = bitcast i16* %1393 to <8 x i16>*
	%1395 = load <8 x i16>, <8 x i16>* %1394, align 2
	%1396 = zext <8 x i16> %1395 to <8 x i32>
	%1397 = shl <8 x i32> %1396, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1398 = bitcast <8 x i32> %1397 to <8 x float>
	%1399 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1398, <8 x float> %1392, <8 x float> zeroinitializer)
	%1400 = getelementptr inbounds i16, i16* %1365, i64 0
	%1401 = bitcast i16* %1400 to <8 x i16>*
	%1402 = load <8 x i16>, <8 x i16>* %1401, align 2
	%1403 = zext <8 x i16> %1402 to <8 x i32>
	%1404 = shl <8 x i32> %1403, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1405 = bitcast <8 x i32> %1404 to <8 x float>
	%1406 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1405, <8 x float> %1392, <8 x float> zeroinitializer)
	%1407 = getelementptr inbounds i16, i16* %1369, i64 0
	%1408 = bitcast i16* %1407 to <8 x i16>*
	%1409 = load <8 x i16>, <8 x i16>* %1408, align 2
	%1410 = zext <8 x i16> %1409 to <8 x i32>
	%1411 = shl <8 x i32> %1410, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1412 = bitcast <8 x i32> %1411 to <8 x float>
	%1413 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1412, <8 x float> %1392, <8 x float> zeroinitializer)
	%1414 = getelementptr inbounds i16, i16* %1373, i64 0
	%1415 = bitcast i16* %1414 to <8 x i16>*
	%1416 = load <8 x i16>, <8 x i16>* %1415, align 2
	%1417 = zext <8 x i16> %1416 to <8 x i32>
	%1418 = shl <8 x i32> %1417, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1419 = bitcast <8 x i32> %1418 to <8 x float>
	%1420 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1419, <8 x float> %1392, <8 x float> zeroinitializer)
	%1421 = getelementptr inbounds i16, i16* %1377, i64 0
	%1422 = bitcast i16* %1421 to <8 x i16>*
	%1423 = load <8 x i16>, <8 x i16>* %1422, align 2
	%1424 = zext <8 x i16> %1423 to <8 x i32>
	%1425 = shl <8 x i32> %1424, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1426 = bitcast <8 x i32> %1425 to <8 x float>
	%1427 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1426, <8 x float> %1392, <8 x float> zeroinitializer)
	%1428 = getelementptr inbounds i16, i16* %1381, i64 0
	%1429 = bitcast i16* %1428 to <8 x i16>*
	%1430 = load <8 x i16>, <8 x i16>* %1429, align 2
	%1431 = zext <8 x i16> %1430 to <8 x i32>
	%1432 = shl <8 x i32> %1431, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1433 = bitcast <8 x i32> %1432 to <8 x float>
	%1434 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1433, <8 x float> %1392, <8 x float> zeroinitializer)
	%1435 = getelementptr inbounds i16, i16* %1385, i64 0
	%1436 = bitcast i16* %1435 to <8 x i16>*
	%1437 = load <8 x i16>, <8 x i16>* %1436, align 2
	%1438 = zext <8 x i16> %1437 to <8 x i32>
	%1439 = shl <8 x i32> %1438, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1440 = bitcast <8 x i32> %1439 to <8 x float>
	%1441 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1440, <8 x float> %1392, <8 x float> zeroinitializer)
	%1442 = getelementptr inbounds i16, i16* %1389, i64 0
	%1443 = bitcast i16* %1442 to <8 x i16>*
	%1444 = load <8 x i16>, <8 x i16>* %1443, align 2
	%1445 = zext <8 x i16> %1444 to <8 x i32>
	%1446 = shl <8 x i32> %1445, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1447 = bitcast <8 x i32> %1446 to <8 x float>
	%1448 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1447, <8 x float> %1392, <8 x float> zeroinitializer)
	%1449 = getelementptr inbounds float, float* %7, i64 8
	%1450 = bitcast float* %1449 to <8 x float>*
	%1451 = load <8 x float>, <8 x float>* %1450, align 4
	%1452 = getelementptr inbounds i16, i16* %1361, i64 8
	%1453 = bitcast i16* %1452 to <8 x i16>*
	%1454 = load <8 x i16>, <8 x i16>* %1453, align 2
	%1455 = zext <8 x i16> %1454 to <8 x i32>
	%1456 = shl <8 x i32> %1455, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1457 = bitcast <8 x i32> %1456 to <8 x float>
	%1458 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1457, <8 x float> %1451, <8 x float> %1399)
	%1459 = getelementptr inbounds i16, i16* %1365, i64 8
	%1460 = bitcast i16* %1459 to <8 x i16>*
	%1461 = load <8 x i16>, <8 x i16>* %1460, align 2
	%1462 = zext <8 x i16> %1461 to <8 x i32>
	%1463 = shl <8 x i32> %1462, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1464 = bitcast <8 x i32> %1463 to <8 x float>
	%1465 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1464, <8 x float> %1451, <8 x float> %1406)
	%1466 = getelementptr inbounds i16, i16* %1369, i64 8
	%1467 = bitcast i16* %1466 to <8 x i16>*
	%1468 = load <8 x i16>, <8 x i16>* %1467, align 2
	%1469 = zext <8 x i16> %1468 to <8 x i32>
	%1470 = shl <8 x i32> %1469, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1471 = bitcast <8 x i32> %1470 to <8 x float>
	%1472 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1471, <8 x float> %1451, <8 x float> %1413)
	%1473 = getelementptr inbounds i16, i16* %1373, i64 8
	%1474 = bitcast i16* %1473 to <8 x i16>*
	%1475 = load <8 x i16>, <8 x i16>* %1474, align 2
	%1476 = zext <8 x i16> %1475 to <8 x i32>
	%1477 = shl <8 x i32> %1476, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1478 = bitcast <8 x i32> %1477 to <8 x float>
	%1479 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1478, <8 x float> %1451, <8 x float> %1420)
	%1480 = getelementptr inbounds i16, i16* %1377, i64 8
	%1481 = bitcast i16* %1480 to <8 x i16>*
	%1482 = load <8 x i16>, <8 x i16>* %1481, align 2
	%1483 = zext <8 x i16> %1482 to <8 x i32>
	%1484 = shl <8 x i32> %1483, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1485 = bitcast <8 x i32> %1484 to <8 x float>
	%1486 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1485, <8 x float> %1451, <8 x float> %1427)
	%1487 = getelementptr inbounds i16, i16* %1381, i64 8
	%1488 = bitcast i16* %1487 to <8 x i16>*
	%1489 = load <8 x i16>, <8 x i16>* %1488, align 2
	%1490 = zext <8 x i16> %1489 to <8 x i32>
	%1491 = shl <8 x i32> %1490, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1492 = bitcast <8 x i32> %1491 to <8 x float>
	%1493 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1492, <8 x float> %1451, <8 x float> %1434)
	%1494 = getelementptr inbounds i16, i16* %1385, i64 8
	%1495 = bitcast i16* %1494 to <8 x i16>*
	%1496 = load <8 x i16>, <8 x i16>* %1495, align 2
	%1497 = zext <8 x i16> %1496 to <8 x i32>
	%1498 = shl <8 x i32> %1497, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1499 = bitcast <8 x i32> %1498 to <8 x float>
	%1500 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1499, <8 x float> %1451, <8 x float> %1441)
	%1501 = getelementptr inbounds i16, i16* %1389, i64 8
	%1502 = bitcast i16* %1501 to <8 x i16>*
	%1503 = load <8 x i16>, <8 x i16>* %1502, align 2
	%1504 = zext <8 x i16> %1503 to <8 x i32>
	%1505 = shl <8 x i32> %1504, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1506 = bitcast <8 x i32> %1505 to <8 x float>
	%1507 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1506, <8 x float> %1451, <8 x float> %1448)
	%1508 = getelementptr inbounds float, float* %7, i64 16
	%1509 = bitcast float* %1508 to <8 x float>*
	%1510 = load <8 x float>, <8 x float>* %1509, align 4
	%1511 = getelementptr inbounds i16, i16* %1361, i64 16
	%1512 = bitcast i16* %1511 to <8 x i16>*
	%1513 = load <8 x i16>, <8 x i16>* %1512, align 2
	%1514 = zext <8 x i16> %1513 to <8 x i32>
	%1515 = shl <8 x i32> %1514, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1516 = bitcast <8 x i32> %1515 to <8 x float>
	%1517 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1516, <8 x float> %1510, <8 x float> %1458)
	%1518 = getelementptr inbounds i16, i16* %1365, i64 16
	%1519 = bitcast i16* %1518 to <8 x i16>*
	%1520 = load <8 x i16>, <8 x i16>* %1519, align 2
	%1521 = zext <8 x i16> %1520 to <8 x i32>
	%1522 = shl <8 x i32> %1521, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1523 = bitcast <8 x i32> %1522 to <8 x float>
	%1524 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1523, <8 x float> %1510, <8 x float> %1465)
	%1525 = getelementptr inbounds i16, i16* %1369, i64 16
	%1526 = bitcast i16* %1525 to <8 x i16>*
	%1527 = load <8 x i16>, <8 x i16>* %1526, align 2
	%1528 = zext <8 x i16> %1527 to <8 x i32>
	%1529 = shl <8 x i32> %1528, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1530 = bitcast <8 x i32> %1529 to <8 x float>
	%1531 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1530, <8 x float> %1510, <8 x float> %1472)
	%1532 = getelementptr inbounds i16, i16* %1373, i64 16
	%1533 = bitcast i16* %1532 to <8 x i16>*
	%1534 = load <8 x i16>, <8 x i16>* %1533, align 2
	%1535 = zext <8 x i16> %1534 to <8 x i32>
	%1536 = shl <8 x i32> %1535, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1537 = bitcast <8 x i32> %1536 to <8 x float>
	%1538 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1537, <8 x float> %1510, <8 x float> %1479)
	%1539 = getelementptr inbounds i16, i16* %1377, i64 16
	%1540 = bitcast i16* %1539 to <8 x i16>*
	%1541 = load <8 x i16>, <8 x i16>* %1540, align 2
	%1542 = zext <8 x i16> %1541 to <8 x i32>
	%1543 = shl <8 x i32> %1542, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1544 = bitcast <8 x i32> %1543 to <8 x float>
	%1545 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1544, <8 x float> %1510, <8 x float> %1486)
	%1546 = getelementptr inbounds i16, i16* %1381, i64 16
	%1547 = bitcast i16* %1546 to <8 x i16>*
	%1548 = load <8 x i16>, <8 x i16>* %1547, align 2
	%1549 = zext <8 x i16> %1548 to <8 x i32>
	%1550 = shl <8 x i32> %1549, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1551 = bitcast <8 x i32> %1550 to <8 x float>
	%1552 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1551, <8 x float> %1510, <8 x float> %1493)
	%1553 = getelementptr inbounds i16, i16* %1385, i64 16
	%1554 = bitcast i16* %1553 to <8 x i16>*
	%1555 = load <8 x i16>, <8 x i16>* %1554, align 2
	%1556 = zext <8 x i16> %1555 to <8 x i32>
	%1557 = shl <8 x i32> %1556, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1558 = bitcast <8 x i32> %1557 to <8 x float>
	%1559 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1558, <8 x float> %1510, <8 x float> %1500)
	%1560 = getelementptr inbounds i16, i16* %1389, i64 16
	%1561 = bitcast i16* %1560 to <8 x i16>*
	%1562 = load <8 x i16>, <8 x i16>* %1561, align 2
	%1563 = zext <8 x i16> %1562 to <8 x i32>
	%1564 = shl <8 x i32> %1563, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1565 = bitcast <8 x i32> %1564 to <8 x float>
	%1566 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1565, <8 x float> %1510, <8 x float> %1507)
	%1567 = add i64 %1356, 0
	%1568 = shufflevector <8 x float> %1517, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1569 = shufflevector <8 x float> %1517, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1570 = fadd <4 x float> %1568, %1569
	%1571 = shufflevector <4 x float> %1570, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1572 = shufflevector <4 x float> %1570, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1573 = fadd <2 x float> %1571, %1572
	%1574 = shufflevector <2 x float> %1573, <2 x float> undef, <1 x i32> <i32 0>
	%1575 = shufflevector <2 x float> %1573, <2 x float> undef, <1 x i32> <i32 1>
	%1576 = fadd <1 x float> %1574, %1575
	%1577 = extractelement <1 x float> %1576, i64 0
	%1578 = getelementptr inbounds float, float* %4, i64 %1567
	store float %1577, float* %1578, align 4
	%1579 = add i64 %1356, 1
	%1580 = shufflevector <8 x float> %1524, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1581 = shufflevector <8 x float> %1524, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1582 = fadd <4 x float> %1580, %1581
	%1583 = shufflevector <4 x float> %1582, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1584 = shufflevector <4 x float> %1582, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1585 = fadd <2 x float> %1583, %1584
	%1586 = shufflevector <2 x float> %1585, <2 x float> undef, <1 x i32> <i32 0>
	%1587 = shufflevector <2 x float> %1585, <2 x float> undef, <1 x i32> <i32 1>
	%1588 = fadd <1 x float> %1586, %1587
	%1589 = extractelement <1 x float> %1588, i64 0
	%1590 = getelementptr inbounds float, float* %4, i64 %1579
	store float %1589, float* %1590, align 4
	%1591 = add i64 %1356, 2
	%1592 = shufflevector <8 x float> %1531, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1593 = shufflevector <8 x float> %1531, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1594 = fadd <4 x float> %1592, %1593
	%1595 = shufflevector <4 x float> %1594, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1596 = shufflevector <4 x float> %1594, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1597 = fadd <2 x float> %1595, %1596
	%1598 = shufflevector <2 x float> %1597, <2 x float> undef, <1 x i32> <i32 0>
	%1599 = shufflevector <2 x float> %1597, <2 x float> undef, <1 x i32> <i32 1>
	%1600 = fadd <1 x float> %1598, %1599
	%1601 = extractelement <1 x float> %1600, i64 0
	%1602 = getelementptr inbounds float, float* %4, i64 %1591
	store float %1601, float* %1602, align 4
	%1603 = add i64 %1356, 3
	%1604 = shufflevector <8 x float> %1538, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1605 = shufflevector <8 x float> %1538, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1606 = fadd <4 x float> %1604, %1605
	%1607 = shufflevector <4 x float> %1606, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1608 = shufflevector <4 x float> %1606, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1609 = fadd <2 x float> %1607, %1608
	%1610 = shufflevector <2 x float> %1609, <2 x float> undef, <1 x i32> <i32 0>
	%1611 = shufflevector <2 x float> %1609, <2 x float> undef, <1 x i32> <i32 1>
	%1612 = fadd <1 x float> %1610, %1611
	%1613 = extractelement <1 x float> %1612, i64 0
	%1614 = getelementptr inbounds float, float* %4, i64 %1603
	store float %1613, float* %1614, align 4
	%1615 = add i64 %1356, 4
	%1616 = shufflevector <8 x float> %1545, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1617 = shufflevector <8 x float> %1545, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1618 = fadd <4 x float> %1616, %1617
	%1619 = shufflevector <4 x float> %1618, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1620 = shufflevector <4 x float> %1618, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1621 = fadd <2 x float> %1619, %1620
	%1622 = shufflevector <2 x float> %1621, <2 x float> undef, <1 x i32> <i32 0>
	%1623 = shufflevector <2 x float> %1621, <2 x float> undef, <1 x i32> <i32 1>
	%1624 = fadd <1 x float> %1622, %1623
	%1625 = extractelement <1 x float> %1624, i64 0
	%1626 = getelementptr inbounds float, float* %4, i64 %1615
	store float %1625, float* %1626, align 4
	%1627 = add i64 %1356, 5
	%1628 = shufflevector <8 x float> %1552, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1629 = shufflevector <8 x float> %1552, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1630 = fadd <4 x float> %1628, %1629
	%1631 = shufflevector <4 x float> %1630, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1632 = shufflevector <4 x float> %1630, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1633 = fadd <2 x float> %1631, %1632
	%1634 = shufflevector <2 x float> %1633, <2 x float> undef, <1 x i32> <i32 0>
	%1635 = shufflevector <2 x float> %1633, <2 x float> undef, <1 x i32> <i32 1>
	%1636 = fadd <1 x float> %1634, %1635
	%1637 = extractelement <1 x float> %1636, i64 0
	%1638 = getelementptr inbounds float, float* %4, i64 %1627
	store float %1637, float* %1638, align 4
	%1639 = add i64 %1356, 6
	%1640 = shufflevector <8 x float> %1559, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1641 = shufflevector <8 x float> %1559, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1642 = fadd <4 x float> %1640, %1641
	%1643 = shufflevector <4 x float> %1642, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1644 = shufflevector <4 x float> %1642, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1645 = fadd <2 x float> %1643, %1644
	%1646 = shufflevector <2 x float> %1645, <2 x float> undef, <1 x i32> <i32 0>
	%1647 = shufflevector <2 x float> %1645, <2 x float> undef, <1 x i32> <i32 1>
	%1648 = fadd <1 x float> %1646, %1647
	%1649 = extractelement <1 x float> %1648, i64 0
	%1650 = getelementptr inbounds float, float* %4, i64 %1639
	store float %1649, float* %1650, align 4
	%1651 = add i64 %1356, 7
	%1652 = shufflevector <8 x float> %1566, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1653 = shufflevector <8 x float> %1566, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1654 = fadd <4 x float> %1652, %1653
	%1655 = shufflevector <4 x float> %1654, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1656 = shufflevector <4 x float> %1654, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1657 = fadd <2 x float> %1655, %1656
	%1658 = shufflevector <2 x float> %1657, <2 x float> undef, <1 x i32> <i32 0>
	%1659 = shufflevector <2 x float> %1657, <2 x float> undef, <1 x i32> <i32 1>
	%1660 = fadd <1 x float> %1658, %1659
	%1661 = extractelement <1 x float> %1660, i64 0
	%1662 = getelementptr inbounds float, float* %4, i64 %1651
	store float %1661, float* %1662, align 4
	%1663 = add i64 %1356, 8
	br label %loop58

done60:
	br label %loop61

loop61:
	%1664 = phi i64 [ %1353, %done60 ], [ %1712, %body62 ]
	%1665 = icmp slt i64 %1664, %49
	br i1 %1665, label %body62, label %done63

body62:
	%1666 = add i64 %1664, 0
	%1667 = sub i64 %1666, %44
	%1668 = mul i64 %1667, 24
	%1669 = getelementptr inbounds i16, i16* %42, i64 %1668
	%1670 = getelementptr inbounds float, float* %7, i64 0
	%1671 = bitcast float* %1670 to <8 x float>*
	%1672 = load <8 x float>, <8 x float>* %1671, align 4
	%1673 = getelementptr inbounds i16, i16* %1669, i64 0
	%1674 = bitcast i16* %1673 to <8 x i16>*
	%1675 = load <8 x i16>, <8 x i16>* %1674, align 2
	%1676 = zext <8 x i16> %1675 to <8 x i32>
	%1677 = shl <8 x i32> %1676, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1678 = bitcast <8 x i32> %1677 to <8 x float>
	%1679 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1678, <8 x float> %1672, <8 x float> zeroinitializer)
	%1680 = getelementptr inbounds float, float* %7, i64 8
	%1681 = bitcast float* %1680 to <8 x float>*
	%1682 = load <8 x float>, <8 x float>* %1681, align 4
	%1683 = getelementptr inbounds i16, i16* %1669, i64 8
	%1684 = bitcast i16* %1683 to <8 x i16>*
	%1685 = load <8 x i16>, <8 x i16>* %1684, align 2
	%1686 = zext <8 x i16> %1685 to <8 x i32>
	%1687 = shl <8 x i32> %1686, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1688 = bitcast <8 x i32> %1687 to <8 x float>
	%1689 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1688, <8 x float> %1682, <8 x float> %1679)
	%1690 = getelementptr inbounds float, float* %7, i64 16
	%1691 = bitcast float* %1690 to <8 x float>*
	%1692 = load <8 x float>, <8 x float>* %1691, align 4
	%1693 = getelementptr inbounds i16, i16* %1669, i64 16
	%1694 = bitcast i16* %1693 to <8 x i16>*
	%1695 = load <8 x i16>, <8 x i16>* %1694, align 2
	%1696 = zext <8 x i16> %1695 to <8 x i32>
	%1697 = shl <8 x i32> %1696, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1698 = bitcast <8 x i32> %1697 to <8 x float>
	%1699 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1698, <8 x float> %1692, <8 x float> %1689)
	%1700 = add i64 %1664, 0
	%1701 = shufflevector <8 x float> %1699, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1702 = shufflevector <8 x float> %1699, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1703 = fadd <4 x float> %1701, %1702
	%1704 = shufflevector <4 x float> %1703, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1705 = shufflevector <4 x float> %1703, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1706 = fadd <2 x float> %1704, %1705
	%1707 = shufflevector <2 x float> %1706, <2 x float> undef, <1 x i32> <i32 0>
	%1708 = shufflevector <2 x float> %1706, <2 x float> undef, <1 x i32> <i32 1>
	%1709 = fadd <1 x float> %1707, %1708
	%1710 = extractelement <1 x float> %1709, i64 0
	%1711 = getelementptr inbounds float, float* %4, i64 %1700
	store float %1710, float* %1711, align 4
	%1712 = add i64 %1664, 1
	br label %loop61

done63:
	br label %join56

loop64:
	%1713 = phi i64 [ %46, %else57 ], [ %1928, %done74 ]
	%1714 = icmp slt i64 %1713, %49
	br i1 %1714, label %body65, label %done75

body65:
	br label %loop66

loop66:
	%1715 = phi i64 [ 0, %body65 ], [ %1871, %done70 ]
	%1716 = icmp slt i64 %1715, %1355
	br i1 %1716, label %body67, label %done71

body67:
	%1717 = add i64 %1715, 0
	%1718 = mul i64 %1717, 24
	%1719 = getelementptr inbounds float, float* %7, i64 %1718
	%1720 = add i64 %1715, 1
	%1721 = mul i64 %1720, 24
	%1722 = getelementptr inbounds float, float* %7, i64 %1721
	%1723 = add i64 %1715, 2
	%1724 = mul i64 %1723, 24
	%1725 = getelementptr inbounds float, float* %7, i64 %1724
	%1726 = add i64 %1715, 3
	%1727 = mul i64 %1726, 24
	%1728 = getelementptr inbounds float, float* %7, i64 %1727
	%1729 = sub i64 %1713, %44
	%1730 = mul i64 %1729, 24
	%1731 = getelementptr inbounds i16, i16* %42, i64 %1730
	br label %loop68

loop68:
	%1732 = phi i64 [ 0, %body67 ], [ %1788, %body69 ]
	%1733 = phi <8 x float> [ zeroinitializer, %body67 ], [ %1752, %body69 ]
	%1734 = phi <8 x float> [ zeroinitializer, %body67 ], [ %1775, %body69 ]
	%1735 = phi <8 x float> [ zeroinitializer, %body67 ], [ %1756, %body69 ]
	%1736 = phi <8 x float> [ zeroinitializer, %body67 ], [ %1779, %body69 ]
	%1737 = phi <8 x float> [ zeroinitializer, %body67 ], [ %1760, %body69 ]
	%1738 = phi <8 x float> [ zeroinitializer, %body67 ], [ %1783, %body69 ]
	%1739 = phi <8 x float> [ zeroinitializer, %body67 ], [ %1764, %body69 ]
	%1740 = phi <8 x float> [ zeroinitializer, %body67 ], [ %1787, %body69 ]
	%1741 = icmp slt i64 %1732, 16
	br i1 %1741, label %body69, label %done70

body69:
	%1742 = add i64 %1732, 0
	%1743 = getelementptr inbounds i16, i16* %1731, i64 %1742
	%1744 = bitcast i16* %1743 to <8 x i16>*
	%1745 = load <8 x i16>, <8 x i16>* %1744, align 2
	%1746 = zext <8 x i16> %1745 to <8 x i32>
	%1747 = shl <8 x i32> %1746, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1748 = bitcast <8 x i32> %1747 to <8 x float>
	%1749 = getelementptr inbounds float, float* %1719, i64 %1742
	%1750 = bitcast float* %1749 to <8 x float>*
	%1751 = load <8 x float>, <8 x float>* %1750, align 4
	%1752 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1751, <8 x float> %1748, <8 x float> %1733)
	%1753 = getelementptr inbounds float, float* %1722, i64 %1742
	%1754 = bitcast float* %1753 to <8 x float>*
	%1755 = load <8 x float>, <8 x float>* %1754, align 4
	%1756 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1755, <8 x float> %1748, <8 x float> %1735)
	%1757 = getelementptr inbounds float, float* %1725, i64 %1742
	%1758 = bitcast float* %1757 to <8 x float>*
	%1759 = load <8 x float>, <8 x float>* %1758, align 4
	%1760 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1759, <8 x float> %1748, <8 x float> %1737)
	%1761 = getelementptr inbounds float, float* %1728, i64 %1742
	%1762 = bitcast float* %1761 to <8 x float>*
	%1763 = load <8 x float>, <8 x float>* %1762, align 4
	%1764 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1763, <8 x float> %1748, <8 x float> %1739)
	%1765 = add i64 %1732, 8
	%1766 = getelementptr inbounds i16, i16* %1731, i64 %1765
	%1767 = bitcast i16* %1766 to <8 x i16>*
	%1768 = load <8 x i16>, <8 x i16>* %1767, align 2
	%1769 = zext <8 x i16> %1768 to <8 x i32>
	%1770 = shl <8 x i32> %1769, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1771 = bitcast <8 x i32> %1770 to <8 x float>
	%1772 = getelementptr inbounds float, float* %1719, i64 %1765
	%1773 = bitcast float* %1772 to <8 x float>*
	%1774 = load <8 x float>, <8 x float>* %1773, align 4
	%1775 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1774, <8 x float> %1771, <8 x float> %1734)
	%1776 = getelementptr inbounds float, float* %1722, i64 %1765
	%1777 = bitcast float* %1776 to <8 x float>*
	%1778 = load <8 x float>, <8 x float>* %1777, align 4
	%1779 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1778, <8 x float> %1771, <8 x float> %1736)
	%1780 = getelementptr inbounds float, float* %1725, i64 %1765
	%1781 = bitcast float* %1780 to <8 x float>*
	%1782 = load <8 x float>, <8 x float>* %1781, align 4
	%1783 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1782, <8 x float> %1771, <8 x float> %1738)
	%1784 = getelementptr inbounds float, float* %1728, i64 %1765
	%1785 = bitcast float* %1784 to <8 x float>*
	%1786 = load <8 x float>, <8 x float>* %1785, align 4
	%1787 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1786, <8 x float> %1771, <8 x float> %1740)
	%1788 = add i64 %1732, 16
	br label %loop68

done70:
	%1789 = getelementptr inbounds i16, i16* %1731, i64 16
	%1790 = bitcast i16* %1789 to <8 x i16>*
	%1791 = load <8 x i16>, <8 x i16>* %1790, align 2
	%1792 = zext <8 x i16> %1791 to <8 x i32>
	%1793 = shl <8 x i32> %1792, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1794 = bitcast <8 x i32> %1793 to <8 x float>
	%1795 = getelementptr inbounds float, float* %1719, i64 16
	%1796 = bitcast float* %1795 to <8 x float>*
	%1797 = load <8 x float>, <8 x float>* %1796, align 4
	%1798 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1797, <8 x float> %1794, <8 x float> %1733)
	%1799 = getelementptr inbounds float, float* %1722, i64 16
	%1800 = bitcast float* %1799 to <8 x float>*
	%1801 = load <8 x float>, <8 x float>* %1800, align 4
	%1802 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1801, <8 x float> %1794, <8 x float> %1735)
	%1803 = getelementptr inbounds float, float* %1725, i64 16
	%1804 = bitcast float* %1803 to <8 x float>*
	%1805 = load <8 x float>, <8 x float>* %1804, align 4
	%1806 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1805, <8 x float> %1794, <8 x float> %1737)
	%1807 = getelementptr inbounds float, float* %1728, i64 16
	%1808 = bitcast float* %1807 to <8 x float>*
	%1809 = load <8 x float>, <8 x float>* %1808, align 4
	%1810 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1809, <8 x float> %1794, <8 x float> %1739)
	%1811 = fadd <8 x float> %1798, %1734
	%1812 = add i64 %1715, 0
	%1813 = mul i64 %1812, 64
	%1814 = add i64 %1813, %1713
	%1815 = shufflevector <8 x float> %1811, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1816 = shufflevector <8 x float> %1811, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1817 = fadd <4 x float> %1815, %1816
	%1818 = shufflevector <4 x float> %1817, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1819 = shufflevector <4 x float> %1817, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1820 = fadd <2 x float> %1818, %1819
	%1821 = shufflevector <2 x float> %1820, <2 x float> undef, <1 x i32> <i32 0>
	%1822 = shufflevector <2 x float> %1820, <2 x float> undef, <1 x i32> <i32 1>
	%1823 = fadd <1 x float> %1821, %1822
	%1824 = extractelement <1 x float> %1823, i64 0
	%1825 = getelementptr inbounds float, float* %4, i64 %1814
	store float %1824, float* %1825, align 4
	%1826 = fadd <8 x float> %1802, %1736
	%1827 = add i64 %1715, 1
	%1828 = mul i64 %1827, 64
	%1829 = add i64 %1828, %1713
	%1830 = shufflevector <8 x float> %1826, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1831 = shufflevector <8 x float> %1826, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1832 = fadd <4 x float> %1830, %1831
	%1833 = shufflevector <4 x float> %1832, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1834 = shufflevector <4 x float> %1832, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1835 = fadd <2 x float> %1833, %1834
	%1836 = shufflevector <2 x float> %1835, <2 x float> undef, <1 x i32> <i32 0>
	%1837 = shufflevector <2 x float> %1835, <2 x float> undef, <1 x i32> <i32 1>
	%1838 = fadd <1 x float> %1836, %1837
	%1839 = extractelement <1 x float> %1838, i64 0
	%1840 = getelementptr inbounds float, float* %4, i64 %1829
	store float %1839, float* %1840, align 4
	%1841 = fadd <8 x float> %1806, %1738
	%1842 = add i64 %1715, 2
	%1843 = mul i64 %1842, 64
	%1844 = add i64 %1843, %1713
	%1845 = shufflevector <8 x float> %1841, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1846 = shufflevector <8 x float> %1841, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1847 = fadd <4 x float> %1845, %1846
	%1848 = shufflevector <4 x float> %1847, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1849 = shufflevector <4 x float> %1847, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1850 = fadd <2 x float> %1848, %1849
	%1851 = shufflevector <2 x float> %1850, <2 x float> undef, <1 x i32> <i32 0>
	%1852 = shufflevector <2 x float> %1850, <2 x float> undef, <1 x i32> <i32 1>
	%1853 = fadd <1 x float> %1851, %1852
	%1854 = extractelement <1 x float> %1853, i64 0
	%1855 = getelementptr inbounds float, float* %4, i64 %1844
	store float %1854, float* %1855, align 4
	%1856 = fadd <8 x float> %1810, %1740
	%1857 = add i64 %1715, 3
	%1858 = mul i64 %1857, 64
	%1859 = add i64 %1858, %1713
	%1860 = shufflevector <8 x float> %1856, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1861 = shufflevector <8 x float> %1856, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1862 = fadd <4 x float> %1860, %1861
	%1863 = shufflevector <4 x float> %1862, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1864 = shufflevector <4 x float> %1862, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1865 = fadd <2 x float> %1863, %1864
	%1866 = shufflevector <2 x float> %1865, <2 x float> undef, <1 x i32> <i32 0>
	%1867 = shufflevector <2 x float> %1865, <2 x float> undef, <1 x i32> <i32 1>
	%1868 = fadd <1 x float> %1866, %1867
	%1869 = extractelement <1 x float> %1868, i64 0
	%1870 = getelementptr inbounds float, float* %4, i64 %1859
	store float %1869, float* %1870, align 4
	%1871 = add i64 %1715, 4
	br label %loop66

done71:
	br label %loop72

loop72:
	%1872 = phi i64 [ %1355, %done71 ], [ %1927, %body73 ]
	%1873 = icmp slt i64 %1872, %21
	br i1 %1873, label %body73, label %done74

body73:
	%1874 = add i64 %1872, 0
	%1875 = mul i64 %1874, 24
	%1876 = getelementptr inbounds float, float* %7, i64 %1875
	%1877 = sub i64 %1713, %44
	%1878 = mul i64 %1877, 24
	%1879 = getelementptr inbounds i16, i16* %42, i64 %1878
	%1880 = getelementptr inbounds i16, i16* %1879, i64 0
	%1881 = bitcast i16* %1880 to <8 x i16>*
	%1882 = load <8 x i16>, <8 x i16>* %1881, align 2
	%1883 = zext <8 x i16> %1882 to <8 x i32>
	%1884 = shl <8 x i32> %1883, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1885 = bitcast <8 x i32> %1884 to <8 x float>
	%1886 = getelementptr inbounds float, float* %1876, i64 0
	%1887 = bitcast float* %1886 to <8 x float>*
	%1888 = load <8 x float>, <8 x float>* %1887, align 4
	%1889 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1888, <8 x float> %1885, <8 x float> zeroinitializer)
	%1890 = getelementptr inbounds i16, i16* %1879, i64 8
	%1891 = bitcast i16* %1890 to <8 x i16>*
	%1892 = load <8 x i16>, <8 x i16>* %1891, align 2
	%1893 = zext <8 x i16> %1892 to <8 x i32>
	%1894 = shl <8 x i32> %1893, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1895 = bitcast <8 x i32> %1894 to <8 x float>
	%1896 = getelementptr inbounds float, float* %1876, i64 8
	%1897 = bitcast float* %1896 to <8 x float>*
	%1898 = load <8 x float>, <8 x float>* %1897, align 4
	%1899 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1898, <8 x float> %1895, <8 x float> zeroinitializer)
	%1900 = getelementptr inbounds i16, i16* %1879, i64 16
	%1901 = bitcast i16* %1900 to <8 x i16>*
	%1902 = load <8 x i16>, <8 x i16>* %1901, align 2
	%1903 = zext <8 x i16> %1902 to <8 x i32>
	%1904 = shl <8 x i32> %1903, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1905 = bitcast <8 x i32> %1904 to <8 x float>
	%1906 = getelementptr inbounds float, float* %1876, i64 16
	%1907 = bitcast float* %1906 to <8 x float>*
	%1908 = load <8 x float>, <8 x float>* %1907, align 4
	%1909 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1908, <8 x float> %1905, <8 x float> zeroinitializer)
	%1910 = fadd <8 x float> %1889, %1899
	%1911 = fadd <8 x float> %1910, %1909
	%1912 = fadd <8 x float> %1911, zeroinitializer
	%1913 = add i64 %1872, 0
	%1914 = mul i64 %1913, 64
	%1915 = add i64 %1914, %1713
	%1916 = shufflevector <8 x float> %1912, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1917 = shufflevector <8 x float> %1912, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1918 = fadd <4 x float> %1916, %1917
	%1919 = shufflevector <4 x float> %1918, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1920 = shufflevector <4 x float> %1918, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1921 = fadd <2 x float> %1919, %1920
	%1922 = shufflevector <2 x float> %1921, <2 x float> undef, <1 x i32> <i32 0>
	%1923 = shufflevector <2 x float> %1921, <2 x float> undef, <1 x i32> <i32 1>
	%1924 = fadd <1 x float> %1922, %1923
	%1925 = extractelement <1 x float> %1924, i64 0
	%1926 = getelementptr inbounds float, float* %4, i64 %1915
	store float %1925, float* %1926, align 4
	%1927 = add i64 %1872, 1
	br label %loop72

done74:
	%1928 = add i64 %1713, 1
	br label %loop64

done75:
	br label %join56

join56:
	br label %join8

join8:
	br label %join6

join6:
	%1929 = add i64 %35, 1
	br label %loop3

done76:
	%1930 = icmp slt i64 %27, 6
	%1931 = select i1 %1930, i64 %27, i64 6
	br label %loop77

loop77:
	%1932 = phi i64 [ %25, %done76 ], [ %1966, %done81 ]
	%1933 = icmp slt i64 %1932, %1931
	br i1 %1933, label %body78, label %done82

body78:
	%1934 = mul i64 %1932, 8
	br label %loop79

loop79:
	%1935 = phi i64 [ 0, %body78 ], [ %1965, %body80 ]
	%1936 = icmp slt i64 %1935, %21
	br i1 %1936, label %body80, label %done81

body80:
	%1937 = mul i64 %1935, 64
	%1938 = add i64 %1937, %1934
	%1939 = getelementptr inbounds float, float* %4, i64 %1938
	%1940 = add i64 %23, %1935
	%1941 = mul i64 %1940, 4
	%1942 = getelementptr inbounds float, float* %19, i64 %1941
	%1943 = add i64 0, 2
	%1944 = getelementptr inbounds float, float* %1939, i64 0
	%1945 = bitcast float* %1944 to <8 x float>*
	%1946 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1945, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
	%1947 = getelementptr inbounds float, float* %1939, i64 %1943
	%1948 = bitcast float* %1947 to <8 x float>*
	%1949 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1948, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
	%1950 = getelementptr inbounds float, float* %1942, i64 0
	%1951 = bitcast float* %1950 to <8 x float>*
	%1952 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1951, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
	%1953 = getelementptr inbounds float, float* %1942, i64 %1943
	%1954 = bitcast float* %1953 to <8 x float>*
	%1955 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1954, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
	%1956 = fmul <8 x float> %1949, %1955
	%1957 = fneg <8 x float> %1956
	%1958 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1946, <8 x float> %1952, <8 x float> %1957)
	%1959 = getelementptr inbounds float, float* %1939, i64 0
	%1960 = bitcast float* %1959 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1958, <8 x float>* %1960, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
	%1961 = fmul <8 x float> %1946, %1955
	%1962 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1949, <8 x float> %1952, <8 x float> %1961)
	%1963 = getelementptr inbounds float, float* %1939, i64 %1943
	%1964 = bitcast float* %1963 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1962, <8 x float>* %1964, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
	%1965 = add i64 %1935, 1
	br label %loop79

done81:
	%1966 = add i64 %1932, 1
	br label %loop77

done82:
	br label %join2

join2:
	ret void
}

declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %0, <8 x float>* %1, i32 %2, <8 x i1> %3)

declare void @llvm.prefetch.p0i8(i8* %0, i32 %1, i32 %2, i32 %3)

declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %0, i32 %1, <8 x i1> %2, <8 x float> %3)

define void @mtc_k_gqa_attention_kvstore_w16_d8_ks64_ko32_vs64_vo48(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%4 = load i8*, i8** %3, align 8
	%5 = bitcast i8* %4 to float*
	%6 = getelementptr inbounds i64, i64* %ints, i64 1
	%7 = load i64, i64* %6, align 8
	%8 = add i64 %7, 31
	%9 = and i64 %8, -32
	%10 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%11 = load i8*, i8** %10, align 8
	%12 = bitcast i8* %11 to float*
	%13 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%14 = load i8*, i8** %13, align 8
	%15 = bitcast i8* %14 to float*
	%16 = getelementptr inbounds i64, i64* %ints, i64 0
	%17 = load i64, i64* %16, align 8
	%18 = getelementptr inbounds i64, i64* %ints, i64 1
	%19 = load i64, i64* %18, align 8
	br label %loop1

loop1:
	%20 = phi i64 [ %begin, %entry ], [ %90, %join4 ]
	%21 = icmp slt i64 %20, %end
	br i1 %21, label %body2, label %done8

body2:
	%22 = add i64 %17, %20
	%23 = icmp ult i64 %22, %19
	br i1 %23, label %then3, label %join4

then3:
	%24 = mul i64 %20, 64
	%25 = add i64 %24, 32
	%26 = getelementptr inbounds float, float* %12, i64 %25
	%27 = mul i64 %20, 64
	%28 = add i64 %27, 48
	%29 = getelementptr inbounds float, float* %15, i64 %28
	br label %loop5

loop5:
	%30 = phi i64 [ 0, %then3 ], [ %89, %body6 ]
	%31 = icmp slt i64 %30, 2
	br i1 %31, label %body6, label %done7

body6:
	%32 = mul i64 %30, 8
	%33 = getelementptr inbounds float, float* %29, i64 %32
	%34 = mul i64 %30, %9
	%35 = mul i64 %34, 8
	%36 = getelementptr inbounds float, float* %5, i64 %35
	%37 = mul i64 %22, 8
	%38 = getelementptr inbounds float, float* %36, i64 %37
	%39 = getelementptr inbounds float, float* %33, i64 0
	%40 = bitcast float* %39 to <8 x float>*
	%41 = load <8 x float>, <8 x float>* %40, align 4
	%42 = getelementptr inbounds float, float* %38, i64 0
	%43 = bitcast float* %42 to <8 x float>*
	store <8 x float> %41, <8 x float>* %43, align 4
	%44 = mul i64 %30, 8
	%45 = getelementptr inbounds float, float* %26, i64 %44
	%46 = mul i64 %30, %9
	%47 = mul i64 %46, 8
	%48 = getelementptr inbounds float, float* %2, i64 %47
	%49 = srem i64 %22, 8
	%50 = sub i64 %22, %49
	%51 = mul i64 %50, 8
	%52 = getelementptr inbounds float, float* %48, i64 %51
	%53 = getelementptr inbounds float, float* %52, i64 %49
	%54 = getelementptr inbounds float, float* %45, i64 0
	%55 = bitcast float* %54 to <8 x float>*
	%56 = load <8 x float>, <8 x float>* %55, align 4
	%57 = add i64 0, 0
	%58 = extractelement <8 x float> %56, i64 0
	%59 = mul i64 %57, 8
	%60 = getelementptr inbounds float, float* %53, i64 %59
	store float %58, float* %60, align 4
	%61 = add i64 0, 1
	%62 = extractelement <8 x float> %56, i64 1
	%63 = mul i64 %61, 8
	%64 = getelementptr inbounds float, float* %53, i64 %63
	store float %62, float* %64, align 4
	%65 = add i64 0, 2
	%66 = extractelement <8 x float> %56, i64 2
	%67 = mul i64 %65, 8
	%68 = getelementptr inbounds float, float* %53, i64 %67
	store float %66, float* %68, align 4
	%69 = add i64 0, 3
	%70 = extractelement <8 x float> %56, i64 3
	%71 = mul i64 %69, 8
	%72 = getelementptr inbounds float, float* %53, i64 %71
	store float %70, float* %72, align 4
	%73 = add i64 0, 4
	%74 = extractelement <8 x float> %56, i64 4
	%75 = mul i64 %73, 8
	%76 = getelementptr inbounds float, float* %53, i64 %75
	store float %74, float* %76, align 4
	%77 = add i64 0, 5
	%78 = extractelement <8 x float> %56, i64 5
	%79 = mul i64 %77, 8
	%80 = getelementptr inbounds float, float* %53, i64 %79
	store float %78, float* %80, align 4
	%81 = add i64 0, 6
	%82 = extractelement <8 x float> %56, i64 6
	%83 = mul i64 %81, 8
	%84 = getelementptr inbounds float, float* %53, i64 %83
	store float %82, float* %84, align 4
	%85 = add i64 0, 7
	%86 = extractelement <8 x float> %56, i64 7
	%87 = mul i64 %85, 8
	%88 = getelementptr inbounds float, float* %53, i64 %87
	store float %86, float* %88, align 4
	%89 = add i64 %30, 1
	br label %loop5

done7:
	br label %join4

join4:
	%90 = add i64 %20, 1
	br label %loop1

done8:
	ret void
}

define void @mtc_k_gqa_attention_attend_h4_kv2_d8_qs64_qo0(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = alloca [24 x i32], align 4
	%1 = alloca [24 x float], align 4
	%2 = alloca [24 x float], align 4
	%3 = alloca [192 x float], align 64
	%4 = alloca [384 x float], align 64
	%5 = alloca [192 x float], align 64
	%6 = getelementptr inbounds [192 x float], [192 x float]* %5, i64 0, i64 0
	%7 = getelementptr inbounds [384 x float], [384 x float]* %4, i64 0, i64 0
	%8 = getelementptr inbounds [192 x float], [192 x float]* %3, i64 0, i64 0
	%9 = getelementptr inbounds [24 x float], [24 x float]* %2, i64 0, i64 0
	%10 = getelementptr inbounds [24 x float], [24 x float]* %1, i64 0, i64 0
	%11 = getelementptr inbounds [24 x i32], [24 x i32]* %0, i64 0, i64 0
	%12 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%13 = load i8*, i8** %12, align 8
	%14 = bitcast i8* %13 to float*
	%15 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%16 = load i8*, i8** %15, align 8
	%17 = bitcast i8* %16 to float*
	%18 = getelementptr inbounds i64, i64* %ints, i64 0
	%19 = load i64, i64* %18, align 8
	%20 = getelementptr inbounds i64, i64* %ints, i64 1
	%21 = load i64, i64* %20, align 8
	%22 = getelementptr inbounds i64, i64* %ints, i64 2
	%23 = load i64, i64* %22, align 8
	%24 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%25 = load i8*, i8** %24, align 8
	%26 = bitcast i8* %25 to float*
	%27 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%28 = load i8*, i8** %27, align 8
	%29 = bitcast i8* %28 to float*
	%30 = add i64 %23, 31
	%31 = and i64 %30, -32
	%32 = icmp sge i64 %21, 0
	%33 = add i64 %21, %19
	%34 = icmp sle i64 %33, %23
	%35 = and i1 %32, %34
	%36 = add i64 %19, 15
	%37 = sdiv i64 %begin, %36
	%38 = sub i64 %36, 1
	%39 = add i64 %end, %38
	%40 = sdiv i64 %39, %36
	br label %loop1

loop1:
	%41 = phi i64 [ %37, %entry ], [ %2248, %join4 ]
	%42 = icmp slt i64 %41, %40
	br i1 %42, label %body2, label %done87

body2:
	%43 = mul i64 %41, %36
	%44 = sub i64 %begin, %43
	%45 = icmp sgt i64 %44, 0
	%46 = select i1 %45, i64 %44, i64 0
	%47 = sub i64 %end, %43
	%48 = icmp slt i64 %47, %36
	%49 = select i1 %48, i64 %47, i64 %36
	%50 = icmp eq i64 %19, 1
	br i1 %50, label %then3, label %else5

then3:
	%51 = add i64 %21, 1
	%52 = add i64 %51, 15
	%53 = sdiv i64 %52, 16
	%54 = add i64 %53, 7
	%55 = and i64 %54, -8
	%56 = icmp sgt i64 %55, 128
	%57 = select i1 %56, i64 %55, i64 128
	%58 = sub i64 %57, 1
	%59 = add i64 %51, %58
	%60 = sdiv i64 %59, %57
	%61 = icmp eq i64 %60, 1
	%62 = mul i64 %41, 2
	%63 = mul i64 %31, 16
	%64 = mul i64 %63, 4
	%65 = add i64 %64, 63
	%66 = and i64 %65, -64
	%67 = bitcast float* %29 to i8*
	%68 = getelementptr inbounds i8, i8* %67, i64 %66
	%69 = bitcast i8* %68 to float*
	%70 = getelementptr inbounds float, float* %69, i64 128
	br label %loop6

else5:
	%71 = icmp slt i64 %46, %19
	%72 = select i1 %71, i64 %46, i64 %19
	%73 = icmp slt i64 %49, %19
	%74 = select i1 %73, i64 %49, i64 %19
	%75 = add i64 %72, 1
	%76 = ashr i64 %75, 1
	%77 = add i64 %74, 1
	%78 = ashr i64 %77, 1
	%79 = ashr i64 %74, 1
	%80 = sub i64 %19, %79
	%81 = ashr i64 %72, 1
	%82 = sub i64 %19, %81
	%83 = sub i64 %78, %76
	%84 = add i64 %83, 11
	%85 = sdiv i64 %84, 12
	%86 = sub i64 %82, %80
	%87 = add i64 %86, 11
	%88 = sdiv i64 %87, 12
	%89 = add i64 %85, %88
	br label %loop43

loop6:
	%90 = phi i64 [ %46, %then3 ], [ %491, %join9 ]
	%91 = icmp slt i64 %90, %49
	br i1 %91, label %body7, label %done42

body7:
	%92 = lshr i64 %90, 0
	%93 = and i64 %92, 1
	%94 = shl i64 %93, 3
	%95 = or i64 0, %94
	%96 = lshr i64 %90, 1
	%97 = and i64 %96, 1
	%98 = shl i64 %97, 2
	%99 = or i64 %95, %98
	%100 = lshr i64 %90, 2
	%101 = and i64 %100, 1
	%102 = shl i64 %101, 1
	%103 = or i64 %99, %102
	%104 = lshr i64 %90, 3
	%105 = and i64 %104, 1
	%106 = shl i64 %105, 0
	%107 = or i64 %103, %106
	%108 = icmp slt i64 %107, %60
	%109 = icmp eq i64 %107, 0
	%110 = select i1 %35, i1 %108, i1 %109
	br i1 %110, label %then8, label %join9

then8:
	br i1 %35, label %then10, label %else12

then10:
	%111 = mul i64 %107, %57
	%112 = add i64 %111, %57
	%113 = icmp slt i64 %112, %51
	%114 = select i1 %113, i64 %112, i64 %51
	%115 = add i64 %62, 0
	%116 = mul i64 0, 64
	%117 = add i64 %116, 0
	%118 = mul i64 %115, 8
	%119 = add i64 %117, %118
	%120 = getelementptr inbounds float, float* %17, i64 %119
	%121 = add i64 %62, 1
	%122 = mul i64 0, 64
	%123 = add i64 %122, 0
	%124 = mul i64 %121, 8
	%125 = add i64 %123, %124
	%126 = getelementptr inbounds float, float* %17, i64 %125
	%127 = mul i64 %41, %31
	%128 = mul i64 %127, 8
	%129 = getelementptr inbounds float, float* %26, i64 %128
	%130 = mul i64 %41, %31
	%131 = mul i64 %130, 8
	%132 = getelementptr inbounds float, float* %29, i64 %131
	%133 = trunc i64 %114 to i32
	%134 = getelementptr inbounds i32, i32* %11, i64 0
	store i32 %133, i32* %134, align 4
	%135 = trunc i64 %114 to i32
	%136 = getelementptr inbounds i32, i32* %11, i64 1
	store i32 %135, i32* %136, align 4
	br label %loop13

else12:
	br label %loop39

loop13:
	%137 = phi i64 [ 0, %then10 ], [ %147, %body14 ]
	%138 = icmp slt i64 %137, 2
	br i1 %138, label %body14, label %done15

body14:
	%139 = getelementptr inbounds float, float* %9, i64 %137
	store float 0xFFF0000000000000, float* %139, align 4
	%140 = mul i64 %137, 8
	%141 = getelementptr inbounds float, float* %8, i64 %140
	%142 = bitcast float* %141 to <8 x float>*
	store <8 x float> zeroinitializer, <8 x float>* %142, align 4
	%143 = mul i64 %137, 8
	%144 = getelementptr inbounds float, float* %6, i64 %143
	%145 = getelementptr inbounds float, float* %144, i64 0
	%146 = bitcast float* %145 to <8 x float>*
	store <8 x float> zeroinitializer, <8 x float>* %146, align 4
	%147 = add i64 %137, 1
	br label %loop13

done15:
	br label %loop16

loop16:
	%148 = phi i64 [ %111, %done15 ], [ %431, %done31 ]
	%149 = icmp slt i64 %148, %114
	br i1 %149, label %body17, label %done32

body17:
	%150 = mul i64 %148, 8
	%151 = getelementptr inbounds float, float* %132, i64 %150
	%152 = add i64 %148, 0
	%153 = mul i64 %152, 8
	%154 = getelementptr inbounds float, float* %129, i64 %153
	%155 = getelementptr float, float* %154, i64 1024
	%156 = getelementptr float, float* %151, i64 1024
	br label %loop18

loop18:
	%157 = phi i64 [ 0, %body17 ], [ %241, %body19 ]
	%158 = phi <8 x float> [ zeroinitializer, %body17 ], [ %183, %body19 ]
	%159 = phi <8 x float> [ zeroinitializer, %body17 ], [ %188, %body19 ]
	%160 = phi <8 x float> [ zeroinitializer, %body17 ], [ %198, %body19 ]
	%161 = phi <8 x float> [ zeroinitializer, %body17 ], [ %203, %body19 ]
	%162 = phi <8 x float> [ zeroinitializer, %body17 ], [ %220, %body19 ]
	%163 = phi <8 x float> [ zeroinitializer, %body17 ], [ %225, %body19 ]
	%164 = phi <8 x float> [ zeroinitializer, %body17 ], [ %235, %body19 ]
	%165 = phi <8 x float> [ zeroinitializer, %body17 ], [ %240, %body19 ]
	%166 = icmp slt i64 %157, 8
	br i1 %166, label %body19, label %done20

body19:
	%167 = add i64 %157, 0
	%168 = mul i64 %167, 8
	%169 = add i64 %168, 0
	%170 = getelementptr float, float* %155, i64 %169
	%171 = bitcast float* %170 to i8*
	call void @llvm.prefetch.p0i8(i8* %171, i32 0, i32 3, i32 1)
	%172 = mul i64 %167, 8
	%173 = add i64 %172, 0
	%174 = getelementptr float, float* %156, i64 %173
	%175 = bitcast float* %174 to i8*
	call void @llvm.prefetch.p0i8(i8* %175, i32 0, i32 3, i32 1)
	%176 = getelementptr inbounds float, float* %154, i64 %168
	%177 = bitcast float* %176 to <8 x float>*
	%178 = load <8 x float>, <8 x float>* %177, align 4
	%179 = getelementptr inbounds float, float* %120, i64 %167
	%180 = load float, float* %179, align 4
	%181 = insertelement <8 x float> undef, float %180, i64 0
	%182 = shufflevector <8 x float> %181, <8 x float> undef, <8 x i32> zeroinitializer
	%183 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %182, <8 x float> %178, <8 x float> %158)
	%184 = getelementptr inbounds float, float* %126, i64 %167
	%185 = load float, float* %184, align 4
	%186 = insertelement <8 x float> undef, float %185, i64 0
	%187 = shufflevector <8 x float> %186, <8 x float> undef, <8 x i32> zeroinitializer
	%188 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %187, <8 x float> %178, <8 x float> %159)
	%189 = add i64 %157, 1
	%190 = mul i64 %189, 8
	%191 = getelementptr inbounds float, float* %154, i64 %190
	%192 = bitcast float* %191 to <8 x float>*
	%193 = load <8 x float>, <8 x float>* %192, align 4
	%194 = getelementptr inbounds float, float* %120, i64 %189
	%195 = load float, float* %194, align 4
	%196 = insertelement <8 x float> undef, float %195, i64 0
	%197 = shufflevector <8 x float> %196, <8 x float> undef, <8 x i32> zeroinitializer
	%198 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %197, <8 x float> %193, <8 x float> %160)
	%199 = getelementptr inbounds float, float* %126, i64 %189
	%200 = load float, float* %199, align 4
	%201 = insertelement <8 x float> undef, float %200, i64 0
	%202 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
	%203 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %202, <8 x float> %193, <8 x float> %161)
	%204 = add i64 %157, 2
	%205 = mul i64 %204, 8
	%206 = add i64 %205, 0
	%207 = getelementptr float, float* %155, i64 %206
	%208 = bitcast float* %207 to i8*
	call void @llvm.prefetch.p0i8(i8* %208, i32 0, i32 3, i32 1)
	%209 = mul i64 %204, 8
	%210 = add i64 %209, 0
	%211 = getelementptr float, float* %156, i64 %210
	%212 = bitcast float* %211 to i8*
	call void @llvm.prefetch.p0i8(i8* %212, i32 0, i32 3, i32 1)
	%213 = getelementptr inbounds float, float* %154, i64 %205
	%214 = bitcast float* %213 to <8 x float>*
	%215 = load <8 x float>, <8 x float>* %214, align 4
	%216 = getelementptr inbounds float, float* %120, i64 %204
	%217 = load float, float* %216, align 4
	%218 = insertelement <8 x float> undef, float %217, i64 0
	%219 = shufflevector <8 x float> %218, <8 x float> undef, <8 x i32> zeroinitializer
	%220 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %219, <8 x float> %215, <8 x float> %162)
	%221 = getelementptr inbounds float, float* %126, i64 %204
	%222 = load float, float* %221, align 4
	%223 = insertelement <8 x float> undef, float %222, i64 0
	%224 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
	%225 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %224, <8 x float> %215, <8 x float> %163)
	%226 = add i64 %157, 3
	%227 = mul i64 %226, 8
	%228 = getelementptr inbounds float, float* %154, i64 %227
	%229 = bitcast float* %228 to <8 x float>*
	%230 = load <8 x float>, <8 x float>* %229, align 4
	%231 = getelementptr inbounds float, float* %120, i64 %226
	%232 = load float, float* %231, align 4
	%233 = insertelement <8 x float> undef, float %232, i64 0
	%234 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
	%235 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %234, <8 x float> %230, <8 x float> %164)
	%236 = getelementptr inbounds float, float* %126, i64 %226
	%237 = load float, float* %236, align 4
	%238 = insertelement <8 x float> undef, float %237, i64 0
	%239 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
	%240 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %239, <8 x float> %230, <8 x float> %165)
	%241 = add i64 %157, 4
	br label %loop18

done20:
	%242 = fadd <8 x float> %158, %160
	%243 = fadd <8 x float> %159, %161
	%244 = fadd <8 x float> %242, %162
	%245 = fadd <8 x float> %243, %163
	%246 = fadd <8 x float> %244, %164
	%247 = fadd <8 x float> %245, %165
	%248 = getelementptr inbounds float, float* %7, i64 0
	%249 = bitcast float* %248 to <8 x float>*
	store <8 x float> %246, <8 x float>* %249, align 4
	%250 = getelementptr inbounds float, float* %7, i64 8
	%251 = bitcast float* %250 to <8 x float>*
	store <8 x float> %247, <8 x float>* %251, align 4
	%252 = add i64 %148, 0
	%253 = trunc i64 %252 to i32
	%254 = insertelement <8 x i32> undef, i32 %253, i64 0
	%255 = shufflevector <8 x i32> %254, <8 x i32> undef, <8 x i32> zeroinitializer
	%256 = add <8 x i32> %255, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
	br label %loop21

loop21:
	%257 = phi i64 [ 0, %done20 ], [ %358, %join24 ]
	%258 = icmp slt i64 %257, 2
	br i1 %258, label %body22, label %done25

body22:
	%259 = mul i64 %257, 8
	%260 = getelementptr inbounds i32, i32* %11, i64 %257
	%261 = load i32, i32* %260, align 4
	%262 = insertelement <8 x i32> undef, i32 %261, i64 0
	%263 = shufflevector <8 x i32> %262, <8 x i32> undef, <8 x i32> zeroinitializer
	%264 = add i64 %259, 0
	%265 = getelementptr inbounds float, float* %7, i64 %264
	%266 = bitcast float* %265 to <8 x float>*
	%267 = load <8 x float>, <8 x float>* %266, align 4
	%268 = fmul <8 x float> %267, <float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000>
	%269 = icmp slt <8 x i32> %256, %263
	%270 = select <8 x i1> %269, <8 x float> %268, <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
	%271 = getelementptr inbounds float, float* %9, i64 %257
	%272 = load float, float* %271, align 4
	%273 = shufflevector <8 x float> %270, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%274 = shufflevector <8 x float> %270, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%275 = fcmp ogt <4 x float> %273, %274
	%276 = select <4 x i1> %275, <4 x float> %273, <4 x float> %274
	%277 = shufflevector <4 x float> %276, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%278 = shufflevector <4 x float> %276, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%279 = fcmp ogt <2 x float> %277, %278
	%280 = select <2 x i1> %279, <2 x float> %277, <2 x float> %278
	%281 = shufflevector <2 x float> %280, <2 x float> undef, <1 x i32> <i32 0>
	%282 = shufflevector <2 x float> %280, <2 x float> undef, <1 x i32> <i32 1>
	%283 = fcmp ogt <1 x float> %281, %282
	%284 = select <1 x i1> %283, <1 x float> %281, <1 x float> %282
	%285 = extractelement <1 x float> %284, i64 0
	%286 = fcmp ogt float %285, %272
	%287 = select i1 %286, float %285, float %272
	%288 = fcmp oeq float %287, 0xFFF0000000000000
	%289 = select i1 %288, float 0.0, float %287
	%290 = mul i64 %257, 8
	%291 = getelementptr inbounds float, float* %10, i64 %257
	store float 1.0, float* %291, align 4
	%292 = fcmp ogt float %287, %272
	br i1 %292, label %then23, label %join24

then23:
	%293 = fsub float %272, %289
	%294 = fcmp olt float %293, -87.0
	%295 = select i1 %294, float -87.0, float %293
	%296 = fcmp ogt float %295, 88.0
	%297 = select i1 %296, float 88.0, float %295
	%298 = call float @llvm.fmuladd.f32(float %297, float 0x3FF7154760000000, float 1.2582912e+07)
	%299 = fsub float %298, 1.2582912e+07
	%300 = call float @llvm.fmuladd.f32(float %299, float 0xBFE6300000000000, float %297)
	%301 = call float @llvm.fmuladd.f32(float %299, float 0x3F2BD01060000000, float %300)
	%302 = call float @llvm.fmuladd.f32(float 0x3F2A01A020000000, float %301, float 0x3F56C16C20000000)
	%303 = call float @llvm.fmuladd.f32(float %302, float %301, float 0x3F81111120000000)
	%304 = call float @llvm.fmuladd.f32(float %303, float %301, float 0x3FA5555560000000)
	%305 = call float @llvm.fmuladd.f32(float %304, float %301, float 0x3FC5555560000000)
	%306 = call float @llvm.fmuladd.f32(float %305, float %301, float 0.5)
	%307 = call float @llvm.fmuladd.f32(float %306, float %301, float 1.0)
	%308 = call float @llvm.fmuladd.f32(float %307, float %301, float 1.0)
	%309 = fptosi float %299 to i32
	%310 = add i32 %309, 127
	%311 = shl i32 %310, 23
	%312 = bitcast i32 %311 to float
	%313 = fmul float %308, %312
	%314 = select i1 %294, float 0.0, float %313
	%315 = getelementptr inbounds float, float* %10, i64 %257
	store float %314, float* %315, align 4
	%316 = getelementptr inbounds float, float* %9, i64 %257
	store float %287, float* %316, align 4
	%317 = getelementptr inbounds float, float* %8, i64 %290
	%318 = bitcast float* %317 to <8 x float>*
	%319 = load <8 x float>, <8 x float>* %318, align 4
	%320 = insertelement <8 x float> undef, float %314, i64 0
	%321 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
	%322 = fmul <8 x float> %319, %321
	%323 = getelementptr inbounds float, float* %8, i64 %290
	%324 = bitcast float* %323 to <8 x float>*
	store <8 x float> %322, <8 x float>* %324, align 4
	br label %join24

join24:
	%325 = getelementptr inbounds float, float* %8, i64 %290
	%326 = bitcast float* %325 to <8 x float>*
	%327 = load <8 x float>, <8 x float>* %326, align 4
	%328 = insertelement <8 x float> undef, float %289, i64 0
	%329 = shufflevector <8 x float> %328, <8 x float> undef, <8 x i32> zeroinitializer
	%330 = fsub <8 x float> %270, %329
	%331 = fcmp olt <8 x float> %330, <float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0>
	%332 = select <8 x i1> %331, <8 x float> <float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0>, <8 x float> %330
	%333 = fcmp ogt <8 x float> %332, <float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0>
	%334 = select <8 x i1> %333, <8 x float> <float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0>, <8 x float> %332
	%335 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %334, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07>)
	%336 = fsub <8 x float> %335, <float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07>
	%337 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %336, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %334)
	%338 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %336, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %337)
	%339 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> <float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000>, <8 x float> %338, <8 x float> <float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000>)
	%340 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %339, <8 x float> %338, <8 x float> <float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000>)
	%341 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %340, <8 x float> %338, <8 x float> <float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000>)
	%342 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %341, <8 x float> %338, <8 x float> <float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000>)
	%343 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %342, <8 x float> %338, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%344 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %343, <8 x float> %338, <8 x float> <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>)
	%345 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %344, <8 x float> %338, <8 x float> <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>)
	%346 = fptosi <8 x float> %336 to <8 x i32>
	%347 = add <8 x i32> %346, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
	%348 = shl <8 x i32> %347, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
	%349 = bitcast <8 x i32> %348 to <8 x float>
	%350 = fmul <8 x float> %345, %349
	%351 = select <8 x i1> %331, <8 x float> zeroinitializer, <8 x float> %350
	%352 = fadd <8 x float> %327, %351
	%353 = add i64 %259, 0
	%354 = getelementptr inbounds float, float* %7, i64 %353
	%355 = bitcast float* %354 to <8 x float>*
	store <8 x float> %351, <8 x float>* %355, align 4
	%356 = getelementptr inbounds float, float* %8, i64 %290
	%357 = bitcast float* %356 to <8 x float>*
	store <8 x float> %352, <8 x float>* %357, align 4
	%358 = add i64 %257, 1
	br label %loop21

done25:
	br label %loop26

loop26:
	%359 = phi i64 [ 0, %done25 ], [ %430, %done30 ]
	%360 = icmp slt i64 %359, 8
	br i1 %360, label %body27, label %done31

body27:
	%361 = sub i64 %114, 1
	%362 = add i64 0, 0
	%363 = getelementptr inbounds float, float* %10, i64 %362
	%364 = load float, float* %363, align 4
	%365 = insertelement <8 x float> undef, float %364, i64 0
	%366 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
	%367 = add i64 0, 0
	%368 = mul i64 %367, 8
	%369 = add i64 %368, %359
	%370 = getelementptr inbounds float, float* %6, i64 %369
	%371 = getelementptr inbounds float, float* %370, i64 0
	%372 = bitcast float* %371 to <8 x float>*
	%373 = load <8 x float>, <8 x float>* %372, align 4
	%374 = fmul <8 x float> %373, %366
	%375 = add i64 0, 1
	%376 = getelementptr inbounds float, float* %10, i64 %375
	%377 = load float, float* %376, align 4
	%378 = insertelement <8 x float> undef, float %377, i64 0
	%379 = shufflevector <8 x float> %378, <8 x float> undef, <8 x i32> zeroinitializer
	%380 = add i64 0, 1
	%381 = mul i64 %380, 8
	%382 = add i64 %381, %359
	%383 = getelementptr inbounds float, float* %6, i64 %382
	%384 = getelementptr inbounds float, float* %383, i64 0
	%385 = bitcast float* %384 to <8 x float>*
	%386 = load <8 x float>, <8 x float>* %385, align 4
	%387 = fmul <8 x float> %386, %379
	br label %loop28

loop28:
	%388 = phi i64 [ 0, %body27 ], [ %417, %body29 ]
	%389 = phi <8 x float> [ %374, %body27 ], [ %408, %body29 ]
	%390 = phi <8 x float> [ %387, %body27 ], [ %416, %body29 ]
	%391 = icmp slt i64 %388, 8
	br i1 %391, label %body29, label %done30

body29:
	%392 = add i64 %148, %388
	%393 = icmp slt i64 %392, %361
	%394 = select i1 %393, i64 %392, i64 %361
	%395 = mul i64 %394, 8
	%396 = getelementptr inbounds float, float* %132, i64 %395
	%397 = getelementptr inbounds float, float* %396, i64 %359
	%398 = getelementptr inbounds float, float* %397, i64 0
	%399 = bitcast float* %398 to <8 x float>*
	%400 = load <8 x float>, <8 x float>* %399, align 4
	%401 = add i64 0, 0
	%402 = mul i64 %401, 8
	%403 = add i64 %402, %388
	%404 = getelementptr inbounds float, float* %7, i64 %403
	%405 = load float, float* %404, align 4
	%406 = insertelement <8 x float> undef, float %405, i64 0
	%407 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
	%408 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %407, <8 x float> %400, <8 x float> %389)
	%409 = add i64 0, 1
	%410 = mul i64 %409, 8
	%411 = add i64 %410, %388
	%412 = getelementptr inbounds float, float* %7, i64 %411
	%413 = load float, float* %412, align 4
	%414 = insertelement <8 x float> undef, float %413, i64 0
	%415 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
	%416 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %415, <8 x float> %400, <8 x float> %390)
	%417 = add i64 %388, 1
	br label %loop28

done30:
	%418 = add i64 0, 0
	%419 = mul i64 %418, 8
	%420 = add i64 %419, %359
	%421 = getelementptr inbounds float, float* %6, i64 %420
	%422 = getelementptr inbounds float, float* %421, i64 0
	%423 = bitcast float* %422 to <8 x float>*
	store <8 x float> %389, <8 x float>* %423, align 4
	%424 = add i64 0, 1
	%425 = mul i64 %424, 8
	%426 = add i64 %425, %359
	%427 = getelementptr inbounds float, float* %6, i64 %426
	%428 = getelementptr inbounds float, float* %427, i64 0
	%429 = bitcast float* %428 to <8 x float>*
	store <8 x float> %390, <8 x float>* %429, align 4
	%430 = add i64 %359, 8
	br label %loop26

done31:
	%431 = add i64 %148, 8
	br label %loop16

done32:
	br label %loop33

loop33:
	%432 = phi i64 [ 0, %done32 ], [ %480, %join36 ]
	%433 = icmp slt i64 %432, 2
	br i1 %433, label %body34, label %done38

body34:
	%434 = add i64 %62, %432
	%435 = mul i64 %432, 8
	%436 = getelementptr inbounds float, float* %8, i64 %435
	%437 = bitcast float* %436 to <8 x float>*
	%438 = load <8 x float>, <8 x float>* %437, align 4
	%439 = shufflevector <8 x float> %438, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%440 = shufflevector <8 x float> %438, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%441 = fadd <4 x float> %439, %440
	%442 = shufflevector <4 x float> %441, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%443 = shufflevector <4 x float> %441, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%444 = fadd <2 x float> %442, %443
	%445 = shufflevector <2 x float> %444, <2 x float> undef, <1 x i32> <i32 0>
	%446 = shufflevector <2 x float> %444, <2 x float> undef, <1 x i32> <i32 1>
	%447 = fadd <1 x float> %445, %446
	%448 = extractelement <1 x float> %447, i64 0
	%449 = mul i64 %432, 8
	%450 = getelementptr inbounds float, float* %6, i64 %449
	br i1 %61, label %then35, label %else37

then35:
	%451 = mul i64 0, 32
	%452 = mul i64 %434, 8
	%453 = add i64 %451, %452
	%454 = getelementptr inbounds float, float* %14, i64 %453
	%455 = fdiv float 1.0, %448
	%456 = insertelement <8 x float> undef, float %455, i64 0
	%457 = shufflevector <8 x float> %456, <8 x float> undef, <8 x i32> zeroinitializer
	%458 = getelementptr inbounds float, float* %450, i64 0
	%459 = bitcast float* %458 to <8 x float>*
	%460 = load <8 x float>, <8 x float>* %459, align 4
	%461 = fmul <8 x float> %460, %457
	%462 = getelementptr inbounds float, float* %454, i64 0
	%463 = bitcast float* %462 to <8 x float>*
	store <8 x float> %461, <8 x float>* %463, align 4
	br label %join36

else37:
	%464 = mul i64 %434, 16
	%465 = add i64 %464, %107
	%466 = getelementptr inbounds float, float* %9, i64 %432
	%467 = load float, float* %466, align 4
	%468 = mul i64 %465, 2
	%469 = getelementptr inbounds float, float* %69, i64 %468
	store float %467, float* %469, align 4
	%470 = mul i64 %465, 2
	%471 = add i64 %470, 1
	%472 = getelementptr inbounds float, float* %69, i64 %471
	store float %448, float* %472, align 4
	%473 = mul i64 %465, 8
	%474 = getelementptr inbounds float, float* %70, i64 %473
	%475 = getelementptr inbounds float, float* %450, i64 0
	%476 = bitcast float* %475 to <8 x float>*
	%477 = load <8 x float>, <8 x float>* %476, align 4
	%478 = getelementptr inbounds float, float* %474, i64 0
	%479 = bitcast float* %478 to <8 x float>*
	store <8 x float> %477, <8 x float>* %479, align 4
	br label %join36

join36:
	%480 = add i64 %432, 1
	br label %loop33

done38:
	br label %join11

loop39:
	%481 = phi i64 [ 0, %else12 ], [ %490, %body40 ]
	%482 = icmp slt i64 %481, 2
	br i1 %482, label %body40, label %done41

body40:
	%483 = add i64 %62, %481
	%484 = mul i64 0, 32
	%485 = mul i64 %483, 8
	%486 = add i64 %484, %485
	%487 = getelementptr inbounds float, float* %14, i64 %486
	%488 = getelementptr inbounds float, float* %487, i64 0
	%489 = bitcast float* %488 to <8 x float>*
	store <8 x float> <float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000>, <8 x float>* %489, align 4
	%490 = add i64 %481, 1
	br label %loop39

done41:
	br label %join11

join11:
	br label %join9

join9:
	%491 = add i64 %90, 1
	br label %loop6

done42:
	br label %join4

loop43:
	%492 = phi i64 [ 0, %else5 ], [ %2247, %join46 ]
	%493 = icmp slt i64 %492, %89
	br i1 %493, label %body44, label %done86

body44:
	%494 = icmp slt i64 %492, %85
	%495 = mul i64 %492, 12
	%496 = add i64 %76, %495
	%497 = sub i64 %492, %85
	%498 = mul i64 %497, 12
	%499 = add i64 %80, %498
	%500 = select i1 %494, i64 %496, i64 %499
	%501 = select i1 %494, i64 %78, i64 %82
	%502 = sub i64 %501, %500
	%503 = icmp slt i64 12, %502
	%504 = select i1 %503, i64 12, i64 %502
	%505 = mul i64 %41, 2
	%506 = sub i64 %504, 1
	%507 = icmp slt i64 0, %506
	%508 = select i1 %507, i64 0, i64 %506
	%509 = add i64 %500, %508
	%510 = add i64 %21, %509
	%511 = add i64 %510, 1
	%512 = add i64 %505, 0
	%513 = mul i64 %509, 64
	%514 = add i64 %513, 0
	%515 = mul i64 %512, 8
	%516 = add i64 %514, %515
	%517 = getelementptr inbounds float, float* %17, i64 %516
	%518 = add i64 %505, 1
	%519 = mul i64 %509, 64
	%520 = add i64 %519, 0
	%521 = mul i64 %518, 8
	%522 = add i64 %520, %521
	%523 = getelementptr inbounds float, float* %17, i64 %522
	%524 = sub i64 %504, 1
	%525 = icmp slt i64 1, %524
	%526 = select i1 %525, i64 1, i64 %524
	%527 = add i64 %500, %526
	%528 = add i64 %21, %527
	%529 = add i64 %528, 1
	%530 = add i64 %505, 0
	%531 = mul i64 %527, 64
	%532 = add i64 %531, 0
	%533 = mul i64 %530, 8
	%534 = add i64 %532, %533
	%535 = getelementptr inbounds float, float* %17, i64 %534
	%536 = add i64 %505, 1
	%537 = mul i64 %527, 64
	%538 = add i64 %537, 0
	%539 = mul i64 %536, 8
	%540 = add i64 %538, %539
	%541 = getelementptr inbounds float, float* %17, i64 %540
	%542 = sub i64 %504, 1
	%543 = icmp slt i64 2, %542
	%544 = select i1 %543, i64 2, i64 %542
	%545 = add i64 %500, %544
	%546 = add i64 %21, %545
	%547 = add i64 %546, 1
	%548 = add i64 %505, 0
	%549 = mul i64 %545, 64
	%550 = add i64 %549, 0
	%551 = mul i64 %548, 8
	%552 = add i64 %550, %551
	%553 = getelementptr inbounds float, float* %17, i64 %552
	%554 = add i64 %505, 1
	%555 = mul i64 %545, 64
	%556 = add i64 %555, 0
	%557 = mul i64 %554, 8
	%558 = add i64 %556, %557
	%559 = getelementptr inbounds float, float* %17, i64 %558
	%560 = sub i64 %504, 1
	%561 = icmp slt i64 3, %560
	%562 = select i1 %561, i64 3, i64 %560
	%563 = add i64 %500, %562
	%564 = add i64 %21, %563
	%565 = add i64 %564, 1
	%566 = add i64 %505, 0
	%567 = mul i64 %563, 64
	%568 = add i64 %567, 0
	%569 = mul i64 %566, 8
	%570 = add i64 %568, %569
	%571 = getelementptr inbounds float, float* %17, i64 %570
	%572 = add i64 %505, 1
	%573 = mul i64 %563, 64
	%574 = add i64 %573, 0
	%575 = mul i64 %572, 8
	%576 = add i64 %574, %575
	%577 = getelementptr inbounds float, float* %17, i64 %576
	%578 = sub i64 %504, 1
	%579 = icmp slt i64 4, %578
	%580 = select i1 %579, i64 4, i64 %578
	%581 = add i64 %500, %580
	%582 = add i64 %21, %581
	%583 = add i64 %582, 1
	%584 = add i64 %505, 0
	%585 = mul i64 %581, 64
	%586 = add i64 %585, 0
	%587 = mul i64 %584, 8
	%588 = add i64 %586, %587
	%589 = getelementptr inbounds float, float* %17, i64 %588
	%590 = add i64 %505, 1
	%591 = mul i64 %581, 64
	%592 = add i64 %591, 0
	%593 = mul i64 %590, 8
	%594 = add i64 %592, %593
	%595 = getelementptr inbounds float, float* %17, i64 %594
	%596 = sub i64 %504, 1
	%597 = icmp slt i64 5, %596
	%598 = select i1 %597, i64 5, i64 %596
	%599 = add i64 %500, %598
	%600 = add i64 %21, %599
	%601 = add i64 %600, 1
	%602 = add i64 %505, 0
	%603 = mul i64 %599, 64
	%604 = add i64 %603, 0
	%605 = mul i64 %602, 8
	%606 = add i64 %604, %605
	%607 = getelementptr inbounds float, float* %17, i64 %606
	%608 = add i64 %505, 1
	%609 = mul i64 %599, 64
	%610 = add i64 %609, 0
	%611 = mul i64 %608, 8
	%612 = add i64 %610, %611
	%613 = getelementptr inbounds float, float* %17, i64 %612
	%614 = sub i64 %504, 1
	%615 = icmp slt i64 6, %614
	%616 = select i1 %615, i64 6, i64 %614
	%617 = add i64 %500, %616
	%618 = add i64 %21, %617
	%619 = add i64 %618, 1
	%620 = add i64 %505, 0
	%621 = mul i64 %617, 64
	%622 = add i64 %621, 0
	%623 = mul i64 %620, 8
	%624 = add i64 %622, %623
	%625 = getelementptr inbounds float, float* %17, i64 %624
	%626 = add i64 %505, 1
	%627 = mul i64 %617, 64
	%628 = add i64 %627, 0
	%629 = mul i64 %626, 8
	%630 = add i64 %628, %629
	%631 = getelementptr inbounds float, float* %17, i64 %630
	%632 = sub i64 %504, 1
	%633 = icmp slt i64 7, %632
	%634 = select i1 %633, i64 7, i64 %632
	%635 = add i64 %500, %634
	%636 = add i64 %21, %635
	%637 = add i64 %636, 1
	%638 = add i64 %505, 0
	%639 = mul i64 %635, 64
	%640 = add i64 %639, 0
	%641 = mul i64 %638, 8
	%642 = add i64 %640, %641
	%643 = getelementptr inbounds float, float* %17, i64 %642
	%644 = add i64 %505, 1
	%645 = mul i64 %635, 64
	%646 = add i64 %645, 0
	%647 = mul i64 %644, 8
	%648 = add i64 %646, %647
	%649 = getelementptr inbounds float, float* %17, i64 %648
	%650 = sub i64 %504, 1
	%651 = icmp slt i64 8, %650
	%652 = select i1 %651, i64 8, i64 %650
	%653 = add i64 %500, %652
	%654 = add i64 %21, %653
	%655 = add i64 %654, 1
	%656 = add i64 %505, 0
	%657 = mul i64 %653, 64
	%658 = add i64 %657, 0
	%659 = mul i64 %656, 8
	%660 = add i64 %658, %659
	%661 = getelementptr inbounds float, float* %17, i64 %660
	%662 = add i64 %505, 1
	%663 = mul i64 %653, 64
	%664 = add i64 %663, 0
	%665 = mul i64 %662, 8
	%666 = add i64 %664, %665
	%667 = getelementptr inbounds float, float* %17, i64 %666
	%668 = sub i64 %504, 1
	%669 = icmp slt i64 9, %668
	%670 = select i1 %669, i64 9, i64 %668
	%671 = add i64 %500, %670
	%672 = add i64 %21, %671
	%673 = add i64 %672, 1
	%674 = add i64 %505, 0
	%675 = mul i64 %671, 64
	%676 = add i64 %675, 0
	%677 = mul i64 %674, 8
	%678 = add i64 %676, %677
	%679 = getelementptr inbounds float, float* %17, i64 %678
	%680 = add i64 %505, 1
	%681 = mul i64 %671, 64
	%682 = add i64 %681, 0
	%683 = mul i64 %680, 8
	%684 = add i64 %682, %683
	%685 = getelementptr inbounds float, float* %17, i64 %684
	%686 = sub i64 %504, 1
	%687 = icmp slt i64 10, %686
	%688 = select i1 %687, i64 10, i64 %686
	%689 = add i64 %500, %688
	%690 = add i64 %21, %689
	%691 = add i64 %690, 1
	%692 = add i64 %505, 0
	%693 = mul i64 %689, 64
	%694 = add i64 %693, 0
	%695 = mul i64 %692, 8
	%696 = add i64 %694, %695
	%697 = getelementptr inbounds float, float* %17, i64 %696
	%698 = add i64 %505, 1
	%699 = mul i64 %689, 64
	%700 = add i64 %699, 0
	%701 = mul i64 %698, 8
	%702 = add i64 %700, %701
	%703 = getelementptr inbounds float, float* %17, i64 %702
	%704 = sub i64 %504, 1
	%705 = icmp slt i64 11, %704
	%706 = select i1 %705, i64 11, i64 %704
	%707 = add i64 %500, %706
	%708 = add i64 %21, %707
	%709 = add i64 %708, 1
	%710 = add i64 %505, 0
	%711 = mul i64 %707, 64
	%712 = add i64 %711, 0
	%713 = mul i64 %710, 8
	%714 = add i64 %712, %713
	%715 = getelementptr inbounds float, float* %17, i64 %714
	%716 = add i64 %505, 1
	%717 = mul i64 %707, 64
	%718 = add i64 %717, 0
	%719 = mul i64 %716, 8
	%720 = add i64 %718, %719
	%721 = getelementptr inbounds float, float* %17, i64 %720
	br i1 %35, label %then45, label %else47

then45:
	%722 = add i64 %21, %500
	%723 = add i64 %722, %504
	%724 = mul i64 %41, %31
	%725 = mul i64 %724, 8
	%726 = getelementptr inbounds float, float* %26, i64 %725
	%727 = mul i64 %41, %31
	%728 = mul i64 %727, 8
	%729 = getelementptr inbounds float, float* %29, i64 %728
	%730 = trunc i64 %511 to i32
	%731 = getelementptr inbounds i32, i32* %11, i64 0
	store i32 %730, i32* %731, align 4
	%732 = trunc i64 %511 to i32
	%733 = getelementptr inbounds i32, i32* %11, i64 1
	store i32 %732, i32* %733, align 4
	%734 = trunc i64 %529 to i32
	%735 = getelementptr inbounds i32, i32* %11, i64 2
	store i32 %734, i32* %735, align 4
	%736 = trunc i64 %529 to i32
	%737 = getelementptr inbounds i32, i32* %11, i64 3
	store i32 %736, i32* %737, align 4
	%738 = trunc i64 %547 to i32
	%739 = getelementptr inbounds i32, i32* %11, i64 4
	store i32 %738, i32* %739, align 4
	%740 = trunc i64 %547 to i32
	%741 = getelementptr inbounds i32, i32* %11, i64 5
	store i32 %740, i32* %741, align 4
	%742 = trunc i64 %565 to i32
	%743 = getelementptr inbounds i32, i32* %11, i64 6
	store i32 %742, i32* %743, align 4
	%744 = trunc i64 %565 to i32
	%745 = getelementptr inbounds i32, i32* %11, i64 7
	store i32 %744, i32* %745, align 4
	%746 = trunc i64 %583 to i32
	%747 = getelementptr inbounds i32, i32* %11, i64 8
	store i32 %746, i32* %747, align 4
	%748 = trunc i64 %583 to i32
	%749 = getelementptr inbounds i32, i32* %11, i64 9
	store i32 %748, i32* %749, align 4
	%750 = trunc i64 %601 to i32
	%751 = getelementptr inbounds i32, i32* %11, i64 10
	store i32 %750, i32* %751, align 4
	%752 = trunc i64 %601 to i32
	%753 = getelementptr inbounds i32, i32* %11, i64 11
	store i32 %752, i32* %753, align 4
	%754 = trunc i64 %619 to i32
	%755 = getelementptr inbounds i32, i32* %11, i64 12
	store i32 %754, i32* %755, align 4
	%756 = trunc i64 %619 to i32
	%757 = getelementptr inbounds i32, i32* %11, i64 13
	store i32 %756, i32* %757, align 4
	%758 = trunc i64 %637 to i32
	%759 = getelementptr inbounds i32, i32* %11, i64 14
	store i32 %758, i32* %759, align 4
	%760 = trunc i64 %637 to i32
	%761 = getelementptr inbounds i32, i32* %11, i64 15
	store i32 %760, i32* %761, align 4
	%762 = trunc i64 %655 to i32
	%763 = getelementptr inbounds i32, i32* %11, i64 16
	store i32 %762, i32* %763, align 4
	%764 = trunc i64 %655 to i32
	%765 = getelementptr inbounds i32, i32* %11, i64 17
	store i32 %764, i32* %765, align 4
	%766 = trunc i64 %673 to i32
	%767 = getelementptr inbounds i32, i32* %11, i64 18
	store i32 %766, i32* %767, align 4
	%768 = trunc i64 %673 to i32
	%769 = getelementptr inbounds i32, i32* %11, i64 19
	store i32 %768, i32* %769, align 4
	%770 = trunc i64 %691 to i32
	%771 = getelementptr inbounds i32, i32* %11, i64 20
	store i32 %770, i32* %771, align 4
	%772 = trunc i64 %691 to i32
	%773 = getelementptr inbounds i32, i32* %11, i64 21
	store i32 %772, i32* %773, align 4
	%774 = trunc i64 %709 to i32
	%775 = getelementptr inbounds i32, i32* %11, i64 22
	store i32 %774, i32* %775, align 4
	%776 = trunc i64 %709 to i32
	%777 = getelementptr inbounds i32, i32* %11, i64 23
	store i32 %776, i32* %777, align 4
	br label %loop48

else47:
	%778 = mul i64 %504, 2
	br label %loop83

loop48:
	%779 = phi i64 [ 0, %then45 ], [ %789, %body49 ]
	%780 = icmp slt i64 %779, 24
	br i1 %780, label %body49, label %done50

body49:
	%781 = getelementptr inbounds float, float* %9, i64 %779
	store float 0xFFF0000000000000, float* %781, align 4
	%782 = mul i64 %779, 8
	%783 = getelementptr inbounds float, float* %8, i64 %782
	%784 = bitcast float* %783 to <8 x float>*
	store <8 x float> zeroinitializer, <8 x float>* %784, align 4
	%785 = mul i64 %779, 8
	%786 = getelementptr inbounds float, float* %6, i64 %785
	%787 = getelementptr inbounds float, float* %786, i64 0
	%788 = bitcast float* %787 to <8 x float>*
	store <8 x float> zeroinitializer, <8 x float>* %788, align 4
	%789 = add i64 %779, 1
	br label %loop48

done50:
	br label %loop51

loop51:
	%790 = phi i64 [ 0, %done50 ], [ %2196, %done78 ]
	%791 = icmp slt i64 %790, %723
	br i1 %791, label %body52, label %done79

body52:
	%792 = mul i64 %790, 8
	%793 = getelementptr inbounds float, float* %729, i64 %792
	%794 = add i64 %790, 0
	%795 = mul i64 %794, 8
	%796 = getelementptr inbounds float, float* %726, i64 %795
	%797 = add i64 %790, 8
	%798 = mul i64 %797, 8
	%799 = getelementptr inbounds float, float* %726, i64 %798
	%800 = getelementptr float, float* %796, i64 1024
	%801 = getelementptr float, float* %793, i64 1024
	br label %loop53

loop53:
	%802 = phi i64 [ 0, %body52 ], [ %992, %body54 ]
	%803 = phi <8 x float> [ zeroinitializer, %body52 ], [ %960, %body54 ]
	%804 = phi <8 x float> [ zeroinitializer, %body52 ], [ %961, %body54 ]
	%805 = phi <8 x float> [ zeroinitializer, %body52 ], [ %966, %body54 ]
	%806 = phi <8 x float> [ zeroinitializer, %body52 ], [ %967, %body54 ]
	%807 = phi <8 x float> [ zeroinitializer, %body52 ], [ %972, %body54 ]
	%808 = phi <8 x float> [ zeroinitializer, %body52 ], [ %973, %body54 ]
	%809 = phi <8 x float> [ zeroinitializer, %body52 ], [ %978, %body54 ]
	%810 = phi <8 x float> [ zeroinitializer, %body52 ], [ %979, %body54 ]
	%811 = phi <8 x float> [ zeroinitializer, %body52 ], [ %984, %body54 ]
	%812 = phi <8 x float> [ zeroinitializer, %body52 ], [ %985, %body54 ]
	%813 = phi <8 x float> [ zeroinitializer, %body52 ], [ %990, %body54 ]
	%814 = phi <8 x float> [ zeroinitializer, %body52 ], [ %991, %body54 ]
	%815 = icmp slt i64 %802, 8
	br i1 %815, label %body54, label %done55

body54:
	%816 = add i64 %802, 0
	%817 = mul i64 %816, 8
	%818 = getelementptr inbounds float, float* %796, i64 %817
	%819 = bitcast float* %818 to <8 x float>*
	%820 = load <8 x float>, <8 x float>* %819, align 4
	%821 = getelementptr inbounds float, float* %799, i64 %817
	%822 = bitcast float* %821 to <8 x float>*
	%823 = load <8 x float>, <8 x float>* %822, align 4
	%824 = getelementptr inbounds float, float* %517, i64 %816
	%825 = load float, float* %824, align 4
	%826 = insertelement <8 x float> undef, float %825, i64 0
	%827 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
	%828 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %827, <8 x float> %820, <8 x float> %803)
	%829 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %827, <8 x float> %823, <8 x float> %804)
	%830 = getelementptr inbounds float, float* %523, i64 %816
	%831 = load float, float* %830, align 4
	%832 = insertelement <8 x float> undef, float %831, i64 0
	%833 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
	%834 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %833, <8 x float> %820, <8 x float> %805)
	%835 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %833, <8 x float> %823, <8 x float> %806)
	%836 = getelementptr inbounds float, float* %535, i64 %816
	%837 = load float, float* %836, align 4
	%838 = insertelement <8 x float> undef, float %837, i64 0
	%839 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
	%840 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %839, <8 x float> %820, <8 x float> %807)
	%841 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %839, <8 x float> %823, <8 x float> %808)
	%842 = getelementptr inbounds float, float* %541, i64 %816
	%843 = load float, float* %842, align 4
	%844 = insertelement <8 x float> undef, float %843, i64 0
	%845 = shufflevector <8 x float> %844, <8 x float> undef, <8 x i32> zeroinitializer
	%846 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %845, <8 x float> %820, <8 x float> %809)
	%847 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %845, <8 x float> %823, <8 x float> %810)
	%848 = getelementptr inbounds float, float* %553, i64 %816
	%849 = load float, float* %848, align 4
	%850 = insertelement <8 x float> undef, float %849, i64 0
	%851 = shufflevector <8 x float> %850, <8 x float> undef, <8 x i32> zeroinitializer
	%852 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %851, <8 x float> %820, <8 x float> %811)
	%853 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %851, <8 x float> %823, <8 x float> %812)
	%854 = getelementptr inbounds float, float* %559, i64 %816
	%855 = load float, float* %854, align 4
	%856 = insertelement <8 x float> undef, float %855, i64 0
	%857 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
	%858 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %857, <8 x float> %820, <8 x float> %813)
	%859 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %857, <8 x float> %823, <8 x float> %814)
	%860 = add i64 %802, 1
	%861 = mul i64 %860, 8
	%862 = getelementptr inbounds float, float* %796, i64 %861
	%863 = bitcast float* %862 to <8 x float>*
	%864 = load <8 x float>, <8 x float>* %863, align 4
	%865 = getelementptr inbounds float, float* %799, i64 %861
	%866 = bitcast float* %865 to <8 x float>*
	%867 = load <8 x float>, <8 x float>* %866, align 4
	%868 = getelementptr inbounds float, float* %517, i64 %860
	%869 = load float, float* %868, align 4
	%870 = insertelement <8 x float> undef, float %869, i64 0
	%871 = shufflevector <8 x float> %870, <8 x float> undef, <8 x i32> zeroinitializer
	%872 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %871, <8 x float> %864, <8 x float> %828)
	%873 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %871, <8 x float> %867, <8 x float> %829)
	%874 = getelementptr inbounds float, float* %523, i64 %860
	%875 = load float, float* %874, align 4
	%876 = insertelement <8 x float> undef, float %875, i64 0
	%877 = shufflevector <8 x float> %876, <8 x float> undef, <8 x i32> zeroinitializer
	%878 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %877, <8 x float> %864, <8 x float> %834)
	%879 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %877, <8 x float> %867, <8 x float> %835)
	%880 = getelementptr inbounds float, float* %535, i64 %860
	%881 = load float, float* %880, align 4
	%882 = insertelement <8 x float> undef, float %881, i64 0
	%883 = shufflevector <8 x float> %882, <8 x float> undef, <8 x i32> zeroinitializer
	%884 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %883, <8 x float> %864, <8 x float> %840)
	%885 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %883, <8 x float> %867, <8 x float> %841)
	%886 = getelementptr inbounds float, float* %541, i64 %860
	%887 = load float, float* %886, align 4
	%888 = insertelement <8 x float> undef, float %887, i64 0
	%889 = shufflevector <8 x float> %888, <8 x float> undef, <8 x i32> zeroinitializer
	%890 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %889, <8 x float> %864, <8 x float> %846)
	%891 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %889, <8 x float> %867, <8 x float> %847)
	%892 = getelementptr inbounds float, float* %553, i64 %860
	%893 = load float, float* %892, align 4
	%894 = insertelement <8 x float> undef, float %893, i64 0
	%895 = shufflevector <8 x float> %894, <8 x float> undef, <8 x i32> zeroinitializer
	%896 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %895, <8 x float> %864, <8 x float> %852)
	%897 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %895, <8 x float> %867, <8 x float> %853)
	%898 = getelementptr inbounds float, float* %559, i64 %860
	%899 = load float, float* %898, align 4
	%900 = insertelement <8 x float> undef, float %899, i64 0
	%901 = shufflevector <8 x float> %900, <8 x float> undef, <8 x i32> zeroinitializer
	%902 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %901, <8 x float> %864, <8 x float> %858)
	%903 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %901, <8 x float> %867, <8 x float> %859)
	%904 = add i64 %802, 2
	%905 = mul i64 %904, 8
	%906 = getelementptr inbounds float, float* %796, i64 %905
	%907 = bitcast float* %906 to <8 x float>*
	%908 = load <8 x float>, <8 x float>* %907, align 4
	%909 = getelementptr inbounds float, float* %799, i64 %905
	%910 = bitcast float* %909 to <8 x float>*
	%911 = load <8 x float>, <8 x float>* %910, align 4
	%912 = getelementptr inbounds float, float* %517, i64 %904
	%913 = load float, float* %912, align 4
	%914 = insertelement <8 x float> undef, float %913, i64 0
	%915 = shufflevector <8 x float> %914, <8 x float> undef, <8 x i32> zeroinitializer
	%916 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %915, <8 x float> %908, <8 x float> %872)
	%917 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %915, <8 x float> %911, <8 x float> %873)
	%918 = getelementptr inbounds float, float* %523, i64 %904
	%919 = load float, float* %918, align 4
	%920 = insertelement <8 x float> undef, float %919, i64 0
	%921 = shufflevector <8 x float> %920, <8 x float> undef, <8 x i32> zeroinitializer
	%922 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %921, <8 x float> %908, <8 x float> %878)
	%923 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %921, <8 x float> %911, <8 x float> %879)
	%924 = getelementptr inbounds float, float* %535, i64 %904
	%925 = load float, float* %924, align 4
	%926 = insertelement <8 x float> undef, float %925, i64 0
	%927 = shufflevector <8 x float> %926, <8 x float> undef, <8 x i32> zeroinitializer
	%928 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %927, <8 x float> %908, <8 x float> %884)
	%929 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %927, <8 x float> %911, <8 x float> %885)
	%930 = getelementptr inbounds float, float* %541, i64 %904
	%931 = load float, float* %930, align 4
	%932 = insertelement <8 x float> undef, float %931, i64 0
	%933 = shufflevector <8 x float> %932, <8 x float> undef, <8 x i32> zeroinitializer
	%934 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %933, <8 x float> %908, <8 x float> %890)
	%935 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %933, <8 x float> %911, <8 x float> %891)
	%936 = getelementptr inbounds float, float* %553, i64 %904
	%937 = load float, float* %936, align 4
	%938 = insertelement <8 x float> undef, float %937, i64 0
	%939 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
	%940 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %939, <8 x float> %908, <8 x float> %896)
	%941 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %939, <8 x float> %911, <8 x float> %897)
	%942 = getelementptr inbounds float, float* %559, i64 %904
	%943 = load float, float* %942, align 4
	%944 = insertelement <8 x float> undef, float %943, i64 0
	%945 = shufflevector <8 x float> %944, <8 x float> undef, <8 x i32> zeroinitializer
	%946 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %945, <8 x float> %908, <8 x float> %902)
	%947 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %945, <8 x float> %911, <8 x float> %903)
	%948 = add i64 %802, 3
	%949 = mul i64 %948, 8
	%950 = getelementptr inbounds float, float* %796, i64 %949
	%951 = bitcast float* %950 to <8 x float>*
	%952 = load <8 x float>, <8 x float>* %951, align 4
	%953 = getelementptr inbounds float, float* %799, i64 %949
	%954 = bitcast float* %953 to <8 x float>*
	%955 = load <8 x float>, <8 x float>* %954, align 4
	%956 = getelementptr inbounds float, float* %517, i64 %948
	%957 = load float, float* %956, align 4
	%958 = insertelement <8 x float> undef, float %957, i64 0
	%959 = shufflevector <8 x float> %958, <8 x float> undef, <8 x i32> zeroinitializer
	%960 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %959, <8 x float> %952, <8 x float> %916)
	%961 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %959, <8 x float> %955, <8 x float> %917)
	%962 = getelementptr inbounds float, float* %523, i64 %948
	%963 = load float, float* %962, align 4
	%964 = insertelement <8 x float> undef, float %963, i64 0
	%965 = shufflevector <8 x float> %964, <8 x float> undef, <8 x i32> zeroinitializer
	%966 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %965, <8 x float> %952, <8 x float> %922)
	%967 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %965, <8 x float> %955, <8 x float> %923)
	%968 = getelementptr inbounds float, float* %535, i64 %948
	%969 = load float, float* %968, align 4
	%970 = insertelement <8 x float> undef, float %969, i64 0
	%971 = shufflevector <8 x float> %970, <8 x float> undef, <8 x i32> zeroinitializer
	%972 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %971, <8 x float> %952, <8 x float> %928)
	%973 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %971, <8 x float> %955, <8 x float> %929)
	%974 = getelementptr inbounds float, float* %541, i64 %948
	%975 = load float, float* %974, align 4
	%976 = insertelement <8 x float> undef, float %975, i64 0
	%977 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
	%978 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %977, <8 x float> %952, <8 x float> %934)
	%979 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %977, <8 x float> %955, <8 x float> %935)
	%980 = getelementptr inbounds float, float* %553, i64 %948
	%981 = load float, float* %980, align 4
	%982 = insertelement <8 x float> undef, float %981, i64 0
	%983 = shufflevector <8 x float> %982, <8 x float> undef, <8 x i32> zeroinitializer
	%984 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %983, <8 x float> %952, <8 x float> %940)
	%985 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %983, <8 x float> %955, <8 x float> %941)
	%986 = getelementptr inbounds float, float* %559, i64 %948
	%987 = load float, float* %986, align 4
	%988 = insertelement <8 x float> undef, float %987, i64 0
	%989 = shufflevector <8 x float> %988, <8 x float> undef, <8 x i32> zeroinitializer
	%990 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %989, <8 x float> %952, <8 x float> %946)
	%991 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %989, <8 x float> %955, <8 x float> %947)
	%992 = add i64 %802, 4
	br label %loop53

done55:
	%993 = getelementptr inbounds float, float* %7, i64 0
	%994 = bitcast float* %993 to <8 x float>*
	store <8 x float> %803, <8 x float>* %994, align 4
	%995 = getelementptr inbounds float, float* %7, i64 8
	%996 = bitcast float* %995 to <8 x float>*
	store <8 x float> %804, <8 x float>* %996, align 4
	%997 = getelementptr inbounds float, float* %7, i64 16
	%998 = bitcast float* %997 to <8 x float>*
	store <8 x float> %805, <8 x float>* %998, align 4
	%999 = getelementptr inbounds float, float* %7, i64 24
	%1000 = bitcast float* %999 to <8 x float>*
	store <8 x float> %806, <8 x float>* %1000, align 4
	%1001 = getelementptr inbounds float, float* %7, i64 32
	%1002 = bitcast float* %1001 to <8 x float>*
	store <8 x float> %807, <8 x float>* %1002, align 4
	%1003 = getelementptr inbounds float, float* %7, i64 40
	%1004 = bitcast float* %1003 to <8 x float>*
	store <8 x float> %808, <8 x float>* %1004, align 4
	%1005 = getelementptr inbounds float, float* %7, i64 48
	%1006 = bitcast float* %1005 to <8 x float>*
	store <8 x float> %809, <8 x float>* %1006, align 4
	%1007 = getelementptr inbounds float, float* %7, i64 56
	%1008 = bitcast float* %1007 to <8 x float>*
	store <8 x float> %810, <8 x float>* %1008, align 4
	%1009 = getelementptr inbounds float, float* %7, i64 64
	%1010 = bitcast float* %1009 to <8 x float>*
	store <8 x float> %811, <8 x float>* %1010, align 4
	%1011 = getelementptr inbounds float, float* %7, i64 72
	%1012 = bitcast float* %1011 to <8 x float>*
	store <8 x float> %812, <8 x float>* %1012, align 4
	%1013 = getelementptr inbounds float, float* %7, i64 80
	%1014 = bitcast float* %1013 to <8 x float>*
	store <8 x float> %813, <8 x float>* %1014, align 4
	%1015 = getelementptr inbounds float, float* %7, i64 88
	%1016 = bitcast float* %1015 to <8 x float>*
	store <8 x float> %814, <8 x float>* %1016, align 4
	%1017 = mul i64 %790, 8
	%1018 = getelementptr inbounds float, float* %729, i64 %1017
	%1019 = add i64 %790, 0
	%1020 = mul i64 %1019, 8
	%1021 = getelementptr inbounds float, float* %726, i64 %1020
	%1022 = add i64 %790, 8
	%1023 = mul i64 %1022, 8
	%1024 = getelementptr inbounds float, float* %726, i64 %1023
	%1025 = getelementptr float, float* %1021, i64 1024
	%1026 = getelementptr float, float* %1018, i64 1024
	br label %loop56

loop56:
	%1027 = phi i64 [ 0, %done55 ], [ %1217, %body57 ]
	%1028 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1185, %body57 ]
	%1029 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1186, %body57 ]
	%1030 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1191, %body57 ]
	%1031 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1192, %body57 ]
	%1032 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1197, %body57 ]
	%1033 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1198, %body57 ]
	%1034 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1203, %body57 ]
	%1035 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1204, %body57 ]
	%1036 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1209, %body57 ]
	%1037 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1210, %body57 ]
	%1038 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1215, %body57 ]
	%1039 = phi <8 x float> [ zeroinitializer, %done55 ], [ %1216, %body57 ]
	%1040 = icmp slt i64 %1027, 8
	br i1 %1040, label %body57, label %done58

body57:
	%1041 = add i64 %1027, 0
	%1042 = mul i64 %1041, 8
	%1043 = getelementptr inbounds float, float* %1021, i64 %1042
	%1044 = bitcast float* %1043 to <8 x float>*
	%1045 = load <8 x float>, <8 x float>* %1044, align 4
	%1046 = getelementptr inbounds float, float* %1024, i64 %1042
	%1047 = bitcast float* %1046 to <8 x float>*
	%1048 = load <8 x float>, <8 x float>* %1047, align 4
	%1049 = getelementptr inbounds float, float* %571, i64 %1041
	%1050 = load float, float* %1049, align 4
	%1051 = insertelement <8 x float> undef, float %1050, i64 0
	%1052 = shufflevector <8 x float> %1051, <8 x float> undef, <8 x i32> zeroinitializer
	%1053 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1052, <8 x float> %1045, <8 x float> %1028)
	%1054 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1052, <8 x float> %1048, <8 x float> %1029)
	%1055 = getelementptr inbounds float, float* %577, i64 %1041
	%1056 = load float, float* %1055, align 4
	%1057 = insertelement <8 x float> undef, float %1056, i64 0
	%1058 = shufflevector <8 x float> %1057, <8 x float> undef, <8 x i32> zeroinitializer
	%1059 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1058, <8 x float> %1045, <8 x float> %1030)
	%1060 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1058, <8 x float> %1048, <8 x float> %1031)
	%1061 = getelementptr inbounds float, float* %589, i64 %1041
	%1062 = load float, float* %1061, align 4
	%1063 = insertelement <8 x float> undef, float %1062, i64 0
	%1064 = shufflevector <8 x float> %1063, <8 x float> undef, <8 x i32> zeroinitializer
	%1065 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1064, <8 x float> %1045, <8 x float> %1032)
	%1066 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1064, <8 x float> %1048, <8 x float> %1033)
	%1067 = getelementptr inbounds float, float* %595, i64 %1041
	%1068 = load float, float* %1067, align 4
	%1069 = insertelement <8 x float> undef, float %1068, i64 0
	%1070 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
	%1071 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1070, <8 x float> %1045, <8 x float> %1034)
	%1072 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1070, <8 x float> %1048, <8 x float> %1035)
	%1073 = getelementptr inbounds float, float* %607, i64 %1041
	%1074 = load float, float* %1073, align 4
	%1075 = insertelement <8 x float> undef, float %1074, i64 0
	%1076 = shufflevector <8 x float> %1075, <8 x float> undef, <8 x i32> zeroinitializer
	%1077 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1076, <8 x float> %1045, <8 x float> %1036)
	%1078 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1076, <8 x float> %1048, <8 x float> %1037)
	%1079 = getelementptr inbounds float, float* %613, i64 %1041
	%1080 = load float, float* %1079, align 4
	%1081 = insertelement <8 x float> undef, float %1080, i64 0
	%1082 = shufflevector <8 x float> %1081, <8 x float> undef, <8 x i32> zeroinitializer
	%1083 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1082, <8 x float> %1045, <8 x float> %1038)
	%1084 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1082, <8 x float> %1048, <8 x float> %1039)
	%1085 = add i64 %1027, 1
	%1086 = mul i64 %1085, 8
	%1087 = getelementptr inbounds float, float* %1021, i64 %1086
	%1088 = bitcast float* %1087 to <8 x float>*
	%1089 = load <8 x float>, <8 x float>* %1088, align 4
	%1090 = getelementptr inbounds float, float* %1024, i64 %1086
	%1091 = bitcast float* %1090 to <8 x float>*
	%1092 = load <8 x float>, <8 x float>* %1091, align 4
	%1093 = getelementptr inbounds float, float* %571, i64 %1085
	%1094 = load float, float* %1093, align 4
	%1095 = insertelement <8 x float> undef, float %1094, i64 0
	%1096 = shufflevector <8 x float> %1095, <8 x float> undef, <8 x i32> zeroinitializer
	%1097 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1096, <8 x float> %1089, <8 x float> %1053)
	%1098 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1096, <8 x float> %1092, <8 x float> %1054)
	%1099 = getelementptr inbounds float, float* %577, i64 %1085
	%1100 = load float, float* %1099, align 4
	%1101 = insertelement <8 x float> undef, float %1100, i64 0
	%1102 = shufflevector <8 x float> %1101, <8 x float> undef, <8 x i32> zeroinitializer
	%1103 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1102, <8 x float> %1089, <8 x float> %1059)
	%1104 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1102, <8 x float> %1092, <8 x float> %1060)
	%1105 = getelementptr inbounds float, float* %589, i64 %1085
	%1106 = load float, float* %1105, align 4
	%1107 = insertelement <8 x float> undef, float %1106, i64 0
	%1108 = shufflevector <8 x float> %1107, <8 x float> undef, <8 x i32> zeroinitializer
	%1109 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1108, <8 x float> %1089, <8 x float> %1065)
	%1110 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1108, <8 x float> %1092, <8 x float> %1066)
	%1111 = getelementptr inbounds float, float* %595, i64 %1085
	%1112 = load float, float* %1111, align 4
	%1113 = insertelement <8 x float> undef, float %1112, i64 0
	%1114 = shufflevector <8 x float> %1113, <8 x float> undef, <8 x i32> zeroinitializer
	%1115 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1114, <8 x float> %1089, <8 x float> %1071)
	%1116 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1114, <8 x float> %1092, <8 x float> %1072)
	%1117 = getelementptr inbounds float, float* %607, i64 %1085
	%1118 = load float, float* %1117, align 4
	%1119 = insertelement <8 x float> undef, float %1118, i64 0
	%1120 = shufflevector <8 x float> %1119, <8 x float> undef, <8 x i32> zeroinitializer
	%1121 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1120, <8 x float> %1089, <8 x float> %1077)
	%1122 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1120, <8 x float> %1092, <8 x float> %1078)
	%1123 = getelementptr inbounds float, float* %613, i64 %1085
	%1124 = load float, float* %1123, align 4
	%1125 = insertelement <8 x float> undef, float %1124, i64 0
	%1126 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
	%1127 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1126, <8 x float> %1089, <8 x float> %1083)
	%1128 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1126, <8 x float> %1092, <8 x float> %1084)
	%1129 = add i64 %1027, 2
	%1130 = mul i64 %1129, 8
	%1131 = getelementptr inbounds float, float* %1021, i64 %1130
	%1132 = bitcast float* %1131 to <8 x float>*
	%1133 = load <8 x float>, <8 x float>* %1132, align 4
	%1134 = getelementptr inbounds float, float* %1024, i64 %1130
	%1135 = bitcast float* %1134 to <8 x float>*
	%1136 = load <8 x float>, <8 x float>* %1135, align 4
	%1137 = getelementptr inbounds float, float* %571, i64 %1129
	%1138 = load float, float* %1137, align 4
	%1139 = insertelement <8 x float> undef, float %1138, i64 0
	%1140 = shufflevector <8 x float> %1139, <8 x float> undef, <8 x i32> zeroinitializer
	%1141 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1140, <8 x float> %1133, <8 x float> %1097)
	%1142 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1140, <8 x float> %1136, <8 x float> %1098)
	%1143 = getelementptr inbounds float, float* %577, i64 %1129
	%1144 = load float, float* %1143, align 4
	%1145 = insertelement <8 x float> undef, float %1144, i64 0
	%1146 = shufflevector <8 x float> %1145, <8 x float> undef, <8 x i32> zeroinitializer
	%1147 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1146, <8 x float> %1133, <8 x float> %1103)
	%1148 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1146, <8 x float> %1136, <8 x float> %1104)
	%1149 = getelementptr inbounds float, float* %589, i64 %1129
	%1150 = load float, float* %1149, align 4
	%1151 = insertelement <8 x float> undef, float %1150, i64 0
	%1152 = shufflevector <8 x float> %1151, <8 x float> undef, <8 x i32> zeroinitializer
	%1153 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1152, <8 x float> %1133, <8 x float> %1109)
	%1154 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1152, <8 x float> %1136, <8 x float> %1110)
	%1155 = getelementptr inbounds float, float* %595, i64 %1129
	%1156 = load float, float* %1155, align 4
	%1157 = insertelement <8 x float> undef, float %1156, i64 0
	%1158 = shufflevector <8 x float> %1157, <8 x float> undef, <8 x i32> zeroinitializer
	%1159 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1158, <8 x float> %1133, <8 x float> %1115)
	%1160 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1158, <8 x float> %1136, <8 x float> %1116)
	%1161 = getelementptr inbounds float, float* %607, i64 %1129
	%1162 = load float, float* %1161, align 4
	%1163 = insertelement <8 x float> undef, float %1162, i64 0
	%1164 = shufflevector <8 x float> %1163, <8 x float> undef, <8 x i32> zeroinitializer
	%1165 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1164, <8 x float> %1133, <8 x float> %1121)
	%1166 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1164, <8 x float> %1136, <8 x float> %1122)
	%1167 = getelementptr inbounds float, float* %613, i64 %1129
	%1168 = load float, float* %1167, align 4
	%1169 = insertelement <8 x float> undef, float %1168, i64 0
	%1170 = shufflevector <8 x float> %1169, <8 x float> undef, <8 x i32> zeroinitializer
	%1171 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1170, <8 x float> %1133, <8 x float> %1127)
	%1172 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1170, <8 x float> %1136, <8 x float> %1128)
	%1173 = add i64 %1027, 3
	%1174 = mul i64 %1173, 8
	%1175 = getelementptr inbounds float, float* %1021, i64 %1174
	%1176 = bitcast float* %1175 to <8 x float>*
	%1177 = load <8 x float>, <8 x float>* %1176, align 4
	%1178 = getelementptr inbounds float, float* %1024, i64 %1174
	%1179 = bitcast float* %1178 to <8 x float>*
	%1180 = load <8 x float>, <8 x float>* %1179, align 4
	%1181 = getelementptr inbounds float, float* %571, i64 %1173
	%1182 = load float, float* %1181, align 4
	%1183 = insertelement <8 x float> undef, float %1182, i64 0
	%1184 = shufflevector <8 x float> %1183, <8 x float> undef, <8 x i32> zeroinitializer
	%1185 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1184, <8 x float> %1177, <8 x float> %1141)
	%1186 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1184, <8 x float> %1180, <8 x float> %1142)
	%1187 = getelementptr inbounds float, float* %577, i64 %1173
	%1188 = load float, float* %1187, align 4
	%1189 = insertelement <8 x float> undef, float %1188, i64 0
	%1190 = shufflevector <8 x float> %1189, <8 x float> undef, <8 x i32> zeroinitializer
	%1191 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1190, <8 x float> %1177, <8 x float> %1147)
	%1192 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1190, <8 x float> %1180, <8 x float> %1148)
	%1193 = getelementptr inbounds float, float* %589, i64 %1173
	%1194 = load float, float* %1193, align 4
	%1195 = insertelement <8 x float> undef, float %1194, i64 0
	%1196 = shufflevector <8 x float> %1195, <8 x float> undef, <8 x i32> zeroinitializer
	%1197 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1196, <8 x float> %1177, <8 x float> %1153)
	%1198 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1196, <8 x float> %1180, <8 x float> %1154)
	%1199 = getelementptr inbounds float, float* %595, i64 %1173
	%1200 = load float, float* %1199, align 4
	%1201 = insertelement <8 x float> undef, float %1200, i64 0
	%1202 = shufflevector <8 x float> %1201, <8 x float> undef, <8 x i32> zeroinitializer
	%1203 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1202, <8 x float> %1177, <8 x float> %1159)
	%1204 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1202, <8 x float> %1180, <8 x float> %1160)
	%1205 = getelementptr inbounds float, float* %607, i64 %1173
	%1206 = load float, float* %1205, align 4
	%1207 = insertelement <8 x float> undef, float %1206, i64 0
	%1208 = shufflevector <8 x float> %1207, <8 x float> undef, <8 x i32> zeroinitializer
	%1209 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1208, <8 x float> %1177, <8 x float> %1165)
	%1210 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1208, <8 x float> %1180, <8 x float> %1166)
	%1211 = getelementptr inbounds float, float* %613, i64 %1173
	%1212 = load float, float* %1211, align 4
	%1213 = insertelement <8 x float> undef, float %1212, i64 0
	%1214 = shufflevector <8 x float> %1213, <8 x float> undef, <8 x i32> zeroinitializer
	%1215 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1214, <8 x float> %1177, <8 x float> %1171)
	%1216 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1214, <8 x float> %1180, <8 x float> %1172)
	%1217 = add i64 %1027, 4
	br label %loop56

done58:
	%1218 = getelementptr inbounds float, float* %7, i64 96
	%1219 = bitcast float* %1218 to <8 x float>*
	store <8 x float> %1028, <8 x float>* %1219, align 4
	%1220 = getelementptr inbounds float, float* %7, i64 104
	%1221 = bitcast float* %1220 to <8 x float>*
	store <8 x float> %1029, <8 x float>* %1221, align 4
	%1222 = getelementptr inbounds float, float* %7, i64 112
	%1223 = bitcast float* %1222 to <8 x float>*
	store <8 x float> %1030, <8 x float>* %1223, align 4
	%1224 = getelementptr inbounds float, float* %7, i64 120
	%1225 = bitcast float* %1224 to <8 x float>*
	store <8 x float> %1031, <8 x float>* %1225, align 4
	%1226 = getelementptr inbounds float, float* %7, i64 128
	%1227 = bitcast float* %1226 to <8 x float>*
	store <8 x float> %1032, <8 x float>* %1227, align 4
	%1228 = getelementptr inbounds float, float* %7, i64 136
	%1229 = bitcast float* %1228 to <8 x float>*
	store <8 x float> %1033, <8 x float>* %1229, align 4
	%1230 = getelementptr inbounds float, float* %7, i64 144
	%1231 = bitcast float* %1230 to <8 x float>*
	store <8 x float> %1034, <8 x float>* %1231, align 4
	%1232 = getelementptr inbounds float, float* %7, i64 152
	%1233 = bitcast float* %1232 to <8 x float>*
	store <8 x float> %1035, <8 x float>* %1233, align 4
	%1234 = getelementptr inbounds float, float* %7, i64 160
	%1235 = bitcast float* %1234 to <8 x float>*
	store <8 x float> %1036, <8 x float>* %1235, align 4
	%1236 = getelementptr inbounds float, float* %7, i64 168
	%1237 = bitcast float* %1236 to <8 x float>*
	store <8 x float> %1037, <8 x float>* %1237, align 4
	%1238 = getelementptr inbounds float, float* %7, i64 176
	%1239 = bitcast float* %1238 to <8 x float>*
	store <8 x float> %1038, <8 x float>* %1239, align 4
	%1240 = getelementptr inbounds float, float* %7, i64 184
	%1241 = bitcast float* %1240 to <8 x float>*
	store <8 x float> %1039, <8 x float>* %1241, align 4
	%1242 = mul i64 %790, 8
	%1243 = getelementptr inbounds float, float* %729, i64 %1242
	%1244 = add i64 %790, 0
	%1245 = mul i64 %1244, 8
	%1246 = getelementptr inbounds float, float* %726, i64 %1245
	%1247 = add i64 %790, 8
	%1248 = mul i64 %1247, 8
	%1249 = getelementptr inbounds float, float* %726, i64 %1248
	%1250 = getelementptr float, float* %1246, i64 1024
	%1251 = getelementptr float, float* %1243, i64 1024
	br label %loop59

loop59:
	%1252 = phi i64 [ 0, %done58 ], [ %1442, %body60 ]
	%1253 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1410, %body60 ]
	%1254 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1411, %body60 ]
	%1255 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1416, %body60 ]
	%1256 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1417, %body60 ]
	%1257 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1422, %body60 ]
	%1258 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1423, %body60 ]
	%1259 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1428, %body60 ]
	%1260 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1429, %body60 ]
	%1261 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1434, %body60 ]
	%1262 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1435, %body60 ]
	%1263 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1440, %body60 ]
	%1264 = phi <8 x float> [ zeroinitializer, %done58 ], [ %1441, %body60 ]
	%1265 = icmp slt i64 %1252, 8
	br i1 %1265, label %body60, label %done61

body60:
	%1266 = add i64 %1252, 0
	%1267 = mul i64 %1266, 8
	%1268 = getelementptr inbounds float, float* %1246, i64 %1267
	%1269 = bitcast float* %1268 to <8 x float>*
	%1270 = load <8 x float>, <8 x float>* %1269, align 4
	%1271 = getelementptr inbounds float, float* %1249, i64 %1267
	%1272 = bitcast float* %1271 to <8 x float>*
	%1273 = load <8 x float>, <8 x float>* %1272, align 4
	%1274 = getelementptr inbounds float, float* %625, i64 %1266
	%1275 = load float, float* %1274, align 4
	%1276 = insertelement <8 x float> undef, float %1275, i64 0
	%1277 = shufflevector <8 x float> %1276, <8 x float> undef, <8 x i32> zeroinitializer
	%1278 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1277, <8 x float> %1270, <8 x float> %1253)
	%1279 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1277, <8 x float> %1273, <8 x float> %1254)
	%1280 = getelementptr inbounds float, float* %631, i64 %1266
	%1281 = load float, float* %1280, align 4
	%1282 = insertelement <8 x float> undef, float %1281, i64 0
	%1283 = shufflevector <8 x float> %1282, <8 x float> undef, <8 x i32> zeroinitializer
	%1284 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1283, <8 x float> %1270, <8 x float> %1255)
	%1285 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1283, <8 x float> %1273, <8 x float> %1256)
	%1286 = getelementptr inbounds float, float* %643, i64 %1266
	%1287 = load float, float* %1286, align 4
	%1288 = insertelement <8 x float> undef, float %1287, i64 0
	%1289 = shufflevector <8 x float> %1288, <8 x float> undef, <8 x i32> zeroinitializer
	%1290 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1289, <8 x float> %1270, <8 x float> %1257)
	%1291 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1289, <8 x float> %1273, <8 x float> %1258)
	%1292 = getelementptr inbounds float, float* %649, i64 %1266
	%1293 = load float, float* %1292, align 4
	%1294 = insertelement <8 x float> undef, float %1293, i64 0
	%1295 = shufflevector <8 x float> %1294, <8 x float> undef, <8 x i32> zeroinitializer
	%1296 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1295, <8 x float> %1270, <8 x float> %1259)
	%1297 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1295, <8 x float> %1273, <8 x float> %1260)
	%1298 = getelementptr inbounds float, float* %661, i64 %1266
	%1299 = load float, float* %1298, align 4
	%1300 = insertelement <8 x float> undef, float %1299, i64 0
	%1301 = shufflevector <8 x float> %1300, <8 x float> undef, <8 x i32> zeroinitializer
	%1302 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1301, <8 x float> %1270, <8 x float> %1261)
	%1303 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1301, <8 x float> %1273, <8 x float> %1262)
	%1304 = getelementptr inbounds float, float* %667, i64 %1266
	%1305 = load float, float* %1304, align 4
	%1306 = insertelement <8 x float> undef, float %1305, i64 0
	%1307 = shufflevector <8 x float> %1306, <8 x float> undef, <8 x i32> zeroinitializer
	%1308 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1307, <8 x float> %1270, <8 x float> %1263)
	%1309 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1307, <8 x float> %1273, <8 x float> %1264)
	%1310 = add i64 %1252, 1
	%1311 = mul i64 %1310, 8
	%1312 = getelementptr inbounds float, float* %1246, i64 %1311
	%1313 = bitcast float* %1312 to <8 x float>*
	%1314 = load <8 x float>, <8 x float>* %1313, align 4
	%1315 = getelementptr inbounds float, float* %1249, i64 %1311
	%1316 = bitcast float* %1315 to <8 x float>*
	%1317 = load <8 x float>, <8 x float>* %1316, align 4
	%1318 = getelementptr inbounds float, float* %625, i64 %1310
	%1319 = load float, float* %1318, align 4
	%1320 = insertelement <8 x float> undef, float %1319, i64 0
	%1321 = shufflevector <8 x float> %1320, <8 x float> undef, <8 x i32> zeroinitializer
	%1322 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1321, <8 x float> %1314, <8 x float> %1278)
	%1323 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1321, <8 x float> %1317, <8 x float> %1279)
	%1324 = getelementptr inbounds float, float* %631, i64 %1310
	%1325 = load float, float* %1324, align 4
	%1326 = insertelement <8 x float> undef, float %1325, i64 0
	%1327 = shufflevector <8 x float> %1326, <8 x float> undef, <8 x i32> zeroinitializer
	%1328 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1327, <8 x float> %1314, <8 x float> %1284)
	%1329 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1327, <8 x float> %1317, <8 x float> %1285)
	%1330 = getelementptr inbounds float, float* %643, i64 %1310
	%1331 = load float, float* %1330, align 4
	%1332 = insertelement <8 x float> undef, float %1331, i64 0
	%1333 = shufflevector <8 x float> %1332, <8 x float> undef, <8 x i32> zeroinitializer
	%1334 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1333, <8 x float> %1314, <8 x float> %1290)
	%1335 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1333, <8 x float> %1317, <8 x float> %1291)
	%1336 = getelementptr inbounds float, float* %649, i64 %1310
	%1337 = load float, float* %1336, align 4
	%1338 = insertelement <8 x float> undef, float %1337, i64 0
	%1339 = shufflevector <8 x float> %1338, <8 x float> undef, <8 x i32> zeroinitializer
	%1340 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1339, <8 x float> %1314, <8 x float> %1296)
	%1341 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1339, <8 x float> %1317, <8 x float> %1297)
	%1342 = getelementptr inbounds float, float* %661, i64 %1310
	%1343 = load float, float* %1342, align 4
	%1344 = insertelement <8 x float> undef, float %1343, i64 0
	%1345 = shufflevector <8 x float> %1344, <8 x float> undef, <8 x i32> zeroinitializer
	%1346 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1345, <8 x float> %1314, <8 x float> %1302)
	%1347 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1345, <8 x float> %1317, <8 x float> %1303)
	%1348 = getelementptr inbounds float, float* %667, i64 %1310
	%1349 = load float, float* %1348, align 4
	%1350 = insertelement <8 x float> undef, float %1349, i64 0
	%1351 = shufflevector <8 x float> %1350, <8 x float> undef, <8 x i32> zeroinitializer
	%1352 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1351, <8 x float> %1314, <8 x float> %1308)
	%1353 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1351, <8 x float> %1317, <8 x float> %1309)
	%1354 = add i64 %1252, 2
	%1355 = mul i64 %1354, 8
	%1356 = getelementptr inbounds float, float* %1246, i64 %1355
	%1357 = bitcast float* %1356 to <8 x float>*
	%1358 = load <8 x float>, <8 x float>* %1357, align 4
	%1359 = getelementptr inbounds float, float* %1249, i64 %1355
	%1360 = bitcast float* %1359 to <8 x float>*
	%1361 = load <8 x float>, <8 x float>* %1360, align 4
	%1362 = getelementptr inbounds float, float* %625, i64 %1354
	%1363 = load float, float* %1362, align 4
	%1364 = insertelement <8 x float> undef, float %1363, i64 0
	%1365 = shufflevector <8 x float> %1364, <8 x float> undef, <8 x i32> zeroinitializer
	%1366 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1365, <8 x float> %1358, <8 x float> %1322)
	%1367 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1365, <8 x float> %1361, <8 x float> %1323)
	%1368 = getelementptr inbounds float, float* %631, i64 %1354
	%1369 = load float, float* %1368, align 4
	%1370 = insertelement <8 x float> undef, float %1369, i64 0
	%1371 = shufflevector <8 x float> %1370, <8 x float> undef, <8 x i32> zeroinitializer
	%1372 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1371, <8 x float> %1358, <8 x float> %1328)
	%1373 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1371, <8 x float> %1361, <8 x float> %1329)
	%1374 = getelementptr inbounds float, float* %643, i64 %1354
	%1375 = load float, float* %1374, align 4
	%1376 = insertelement <8 x float> undef, float %1375, i64 0
	%1377 = shufflevector <8 x float> %1376, <8 x float> undef, <8 x i32> zeroinitializer
	%1378 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1377, <8 x float> %1358, <8 x float> %1334)
	%1379 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1377, <8 x float> %1361, <8 x float> %1335)
	%1380 = getelementptr inbounds float, float* %649, i64 %1354
	%1381 = load float, float* %1380, align 4
	%1382 = insertelement <8 x float> undef, float %1381, i64 0
	%1383 = shufflevector <8 x float> %1382, <8 x float> undef, <8 x i32> zeroinitializer
	%1384 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1383, <8 x float> %1358, <8 x float> %1340)
	%1385 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1383, <8 x float> %1361, <8 x float> %1341)
	%1386 = getelementptr inbounds float, float* %661, i64 %1354
	%1387 = load float, float* %1386, align 4
	%1388 = insertelement <8 x float> undef, float %1387, i64 0
	%1389 = shufflevector <8 x float> %1388, <8 x float> undef, <8 x i32> zeroinitializer
	%1390 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1389, <8 x float> %1358, <8 x float> %1346)
	%1391 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1389, <8 x float> %1361, <8 x float> %1347)
	%1392 = getelementptr inbounds float, float* %667, i64 %1354
	%1393 = load float, float* %1392, align 4
	%1394 = insertelement <8 x float> undef, float %1393, i64 0
	%1395 = shufflevector <8 x float> %1394, <8 x float> undef, <8 x i32> zeroinitializer
	%1396 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1395, <8 x float> %1358, <8 x float> %1352)
	%1397 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1395, <8 x float> %1361, <8 x float> %1353)
	%1398 = add i64 %1252, 3
	%1399 = mul i64 %1398, 8
	%1400 = getelementptr inbounds float, float* %1246, i64 %1399
	%1401 = bitcast float* %1400 to <8 x float>*
	%1402 = load <8 x float>, <8 x float>* %1401, align 4
	%1403 = getelementptr inbounds float, float* %1249, i64 %1399
	%1404 = bitcast float* %1403 to <8 x float>*
	%1405 = load <8 x float>, <8 x float>* %1404, align 4
	%1406 = getelementptr inbounds float, float* %625, i64 %1398
	%1407 = load float, float* %1406, align 4
	%1408 = insertelement <8 x float> undef, float %1407, i64 0
	%1409 = shufflevector <8 x float> %1408, <8 x float> undef, <8 x i32> zeroinitializer
	%1410 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1409, <8 x float> %1402, <8 x float> %1366)
	%1411 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1409, <8 x float> %1405, <8 x float> %1367)
	%1412 = getelementptr inbounds float, float* %631, i64 %1398
	%1413 = load float, float* %1412, align 4
	%1414 = insertelement <8 x float> undef, float %1413, i64 0
	%1415 = shufflevector <8 x float> %1414, <8 x float> undef, <8 x i32> zeroinitializer
	%1416 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1415, <8 x float> %1402, <8 x float> %1372)
	%1417 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1415, <8 x float> %1405, <8 x float> %1373)
	%1418 = getelementptr inbounds float, float* %643, i64 %1398
	%1419 = load float, float* %1418, align 4
	%1420 = insertelement <8 x float> undef, float %1419, i64 0
	%1421 = shufflevector <8 x float> %1420, <8 x float> undef, <8 x i32> zeroinitializer
	%1422 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1421, <8 x float> %1402, <8 x float> %1378)
	%1423 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1421, <8 x float> %1405, <8 x float> %1379)
	%1424 = getelementptr inbounds float, float* %649, i64 %1398
	%1425 = load float, float* %1424, align 4
	%1426 = insertelement <8 x float> undef, float %1425, i64 0
	%1427 = shufflevector <8 x float> %1426, <8 x float> undef, <8 x i32> zeroinitializer
	%1428 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1427, <8 x float> %1402, <8 x float> %1384)
	%1429 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1427, <8 x float> %1405, <8 x float> %1385)
	%1430 = getelementptr inbounds float, float* %661, i64 %1398
	%1431 = load float, float* %1430, align 4
	%1432 = insertelement <8 x float> undef, float %1431, i64 0
	%1433 = shufflevector <8 x float> %1432, <8 x float> undef, <8 x i32> zeroinitializer
	%1434 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1433, <8 x float> %1402, <8 x float> %1390)
	%1435 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1433, <8 x float> %1405, <8 x float> %1391)
	%1436 = getelementptr inbounds float, float* %667, i64 %1398
	%1437 = load float, float* %1436, align 4
	%1438 = insertelement <8 x float> undef, float %1437, i64 0
	%1439 = shufflevector <8 x float> %1438, <8 x float> undef, <8 x i32> zeroinitializer
	%1440 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1439, <8 x float> %1402, <8 x float> %1396)
	%1441 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1439, <8 x float> %1405, <8 x float> %1397)
	%1442 = add i64 %1252, 4
	br label %loop59

done61:
	%1443 = getelementptr inbounds float, float* %7, i64 192
	%1444 = bitcast float* %1443 to <8 x float>*
	store <8 x float> %1253, <8 x float>* %1444, align 4
	%1445 = getelementptr inbounds float, float* %7, i64 200
	%1446 = bitcast float* %1445 to <8 x float>*
	store <8 x float> %1254, <8 x float>* %1446, align 4
	%1447 = getelementptr inbounds float, float* %7, i64 208
	%1448 = bitcast float* %1447 to <8 x float>*
	store <8 x float> %1255, <8 x float>* %1448, align 4
	%1449 = getelementptr inbounds float, float* %7, i64 216
	%1450 = bitcast float* %1449 to <8 x float>*
	store <8 x float> %1256, <8 x float>* %1450, align 4
	%1451 = getelementptr inbounds float, float* %7, i64 224
	%1452 = bitcast float* %1451 to <8 x float>*
	store <8 x float> %1257, <8 x float>* %1452, align 4
	%1453 = getelementptr inbounds float, float* %7, i64 232
	%1454 = bitcast float* %1453 to <8 x float>*
	store <8 x float> %1258, <8 x float>* %1454, align 4
	%1455 = getelementptr inbounds float, float* %7, i64 240
	%1456 = bitcast float* %1455 to <8 x float>*
	store <8 x float> %1259, <8 x float>* %1456, align 4
	%1457 = getelementptr inbounds float, float* %7, i64 248
	%1458 = bitcast float* %1457 to <8 x float>*
	store <8 x float> %1260, <8 x float>* %1458, align 4
	%1459 = getelementptr inbounds float, float* %7, i64 256
	%1460 = bitcast float* %1459 to <8 x float>*
	store <8 x float> %1261, <8 x float>* %1460, align 4
	%1461 = getelementptr inbounds float, float* %7, i64 264
	%1462 = bitcast float* %1461 to <8 x float>*
	store <8 x float> %1262, <8 x float>* %1462, align 4
	%1463 = getelementptr inbounds float, float* %7, i64 272
	%1464 = bitcast float* %1463 to <8 x float>*
	store <8 x float> %1263, <8 x float>* %1464, align 4
	%1465 = getelementptr inbounds float, float* %7, i64 280
	%1466 = bitcast float* %1465 to <8 x float>*
	store <8 x float> %1264, <8 x float>* %1466, align 4
	%1467 = mul i64 %790, 8
	%1468 = getelementptr inbounds float, float* %729, i64 %1467
	%1469 = add i64 %790, 0
	%1470 = mul i64 %1469, 8
	%1471 = getelementptr inbounds float, float* %726, i64 %1470
	%1472 = add i64 %790, 8
	%1473 = mul i64 %1472, 8
	%1474 = getelementptr inbounds float, float* %726, i64 %1473
	%1475 = getelementptr float, float* %1471, i64 1024
	%1476 = getelementptr float, float* %1468, i64 1024
	br label %loop62

loop62:
	%1477 = phi i64 [ 0, %done61 ], [ %1667, %body63 ]
	%1478 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1635, %body63 ]
	%1479 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1636, %body63 ]
	%1480 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1641, %body63 ]
	%1481 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1642, %body63 ]
	%1482 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1647, %body63 ]
	%1483 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1648, %body63 ]
	%1484 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1653, %body63 ]
	%1485 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1654, %body63 ]
	%1486 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1659, %body63 ]
	%1487 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1660, %body63 ]
	%1488 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1665, %body63 ]
	%1489 = phi <8 x float> [ zeroinitializer, %done61 ], [ %1666, %body63 ]
	%1490 = icmp slt i64 %1477, 8
	br i1 %1490, label %body63, label %done64

body63:
	%1491 = add i64 %1477, 0
	%1492 = mul i64 %1491, 8
	%1493 = getelementptr inbounds float, float* %1471, i64 %1492
	%1494 = bitcast float* %1493 to <8 x float>*
	%1495 = load <8 x float>, <8 x float>* %1494, align 4
	%1496 = getelementptr inbounds float, float* %1474, i64 %1492
	%1497 = bitcast float* %1496 to <8 x float>*
	%1498 = load <8 x float>, <8 x float>* %1497, align 4
	%1499 = getelementptr inbounds float, float* %679, i64 %1491
	%1500 = load float, float* %1499, align 4
	%1501 = insertelement <8 x float> undef, float %1500, i64 0
	%1502 = shufflevector <8 x float> %1501, <8 x float> undef, <8 x i32> zeroinitializer
	%1503 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1502, <8 x float> %1495, <8 x float> %1478)
	%1504 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1502, <8 x float> %1498, <8 x float> %1479)
	%1505 = getelementptr inbounds float, float* %685, i64 %1491
	%1506 = load float, float* %1505, align 4
	%1507 = insertelement <8 x float> undef, float %1506, i64 0
	%1508 = shufflevector <8 x float> %1507, <8 x float> undef, <8 x i32> zeroinitializer
	%1509 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1508, <8 x float> %1495, <8 x float> %1480)
	%1510 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1508, <8 x float> %1498, <8 x float> %1481)
	%1511 = getelementptr inbounds float, float* %697, i64 %1491
	%1512 = load float, float* %1511, align 4
	%1513 = insertelement <8 x float> undef, float %1512, i64 0
	%1514 = shufflevector <8 x float> %1513, <8 x float> undef, <8 x i32> zeroinitializer
	%1515 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1514, <8 x float> %1495, <8 x float> %1482)
	%1516 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1514, <8 x float> %1498, <8 x float> %1483)
	%1517 = getelementptr inbounds float, float* %703, i64 %1491
	%1518 = load float, float* %1517, align 4
	%1519 = insertelement <8 x float> undef, float %1518, i64 0
	%1520 = shufflevector <8 x float> %1519, <8 x float> undef, <8 x i32> zeroinitializer
	%1521 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1520, <8 x float> %1495, <8 x float> %1484)
	%1522 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1520, <8 x float> %1498, <8 x float> %1485)
	%1523 = getelementptr inbounds float, float* %715, i64 %1491
	%1524 = load float, float* %1523, align 4
	%1525 = insertelement <8 x float> undef, float %1524, i64 0
	%1526 = shufflevector <8 x float> %1525, <8 x float> undef, <8 x i32> zeroinitializer
	%1527 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1526, <8 x float> %1495, <8 x float> %1486)
	%1528 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1526, <8 x float> %1498, <8 x float> %1487)
	%1529 = getelementptr inbounds float, float* %721, i64 %1491
	%1530 = load float, float* %1529, align 4
	%1531 = insertelement <8 x float> undef, float %1530, i64 0
	%1532 = shufflevector <8 x float> %1531, <8 x float> undef, <8 x i32> zeroinitializer
	%1533 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1532, <8 x float> %1495, <8 x float> %1488)
	%1534 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1532, <8 x float> %1498, <8 x float> %1489)
	%1535 = add i64 %1477, 1
	%1536 = mul i64 %1535, 8
	%1537 = getelementptr inbounds float, float* %1471, i64 %1536
	%1538 = bitcast float* %1537 to <8 x float>*
	%1539 = load <8 x float>, <8 x float>* %1538, align 4
	%1540 = getelementptr inbounds float, float* %1474, i64 %1536
	%1541 = bitcast float* %1540 to <8 x float>*
	%1542 = load <8 x float>, <8 x float>* %1541, align 4
	%1543 = getelementptr inbounds float, float* %679, i64 %1535
	%1544 = load float, float* %1543, align 4
	%1545 = insertelement <8 x float> undef, float %1544, i64 0
	%1546 = shufflevector <8 x float> %1545, <8 x float> undef, <8 x i32> zeroinitializer
	%1547 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1546, <8 x float> %1539, <8 x float> %1503)
	%1548 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1546, <8 x float> %1542, <8 x float> %1504)
	%1549 = getelementptr inbounds float, float* %685, i64 %1535
	%1550 = load float, float* %1549, align 4
	%1551 = insertelement <8 x float> undef, float %1550, i64 0
	%1552 = shufflevector <8 x float> %1551, <8 x float> undef, <8 x i32> zeroinitializer
	%1553 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1552, <8 x float> %1539, <8 x float> %1509)
	%1554 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1552, <8 x float> %1542, <8 x float> %1510)
	%1555 = getelementptr inbounds float, float* %697, i64 %1535
	%1556 = load float, float* %1555, align 4
	%1557 = insertelement <8 x float> undef, float %1556, i64 0
	%1558 = shufflevector <8 x float> %1557, <8 x float> undef, <8 x i32> zeroinitializer
	%1559 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1558, <8 x float> %1539, <8 x float> %1515)
	%1560 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1558, <8 x float> %1542, <8 x float> %1516)
	%1561 = getelementptr inbounds float, float* %703, i64 %1535
	%1562 = load float, float* %1561, align 4
	%1563 = insertelement <8 x float> undef, float %1562, i64 0
	%1564 = shufflevector <8 x float> %1563, <8 x float> undef, <8 x i32> zeroinitializer
	%1565 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1564, <8 x float> %1539, <8 x float> %1521)
	%1566 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1564, <8 x float> %1542, <8 x float> %1522)
	%1567 = getelementptr inbounds float, float* %715, i64 %1535
	%1568 = load float, float* %1567, align 4
	%1569 = insertelement <8 x float> undef, float %1568, i64 0
	%1570 = shufflevector <8 x float> %1569, <8 x float> undef, <8 x i32> zeroinitializer
	%1571 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1570, <8 x float> %1539, <8 x float> %1527)
	%1572 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1570, <8 x float> %1542, <8 x float> %1528)
	%1573 = getelementptr inbounds float, float* %721, i64 %1535
	%1574 = load float, float* %1573, align 4
	%1575 = insertelement <8 x float> undef, float %1574, i64 0
	%1576 = shufflevector <8 x float> %1575, <8 x float> undef, <8 x i32> zeroinitializer
	%1577 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1576, <8 x float> %1539, <8 x float> %1533)
	%1578 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1576, <8 x float> %1542, <8 x float> %1534)
	%1579 = add i64 %1477, 2
	%1580 = mul i64 %1579, 8
	%1581 = getelementptr inbounds float, float* %1471, i64 %1580
	%1582 = bitcast float* %1581 to <8 x float>*
	%1583 = load <8 x float>, <8 x float>* %1582, align 4
	%1584 = getelementptr inbounds float, float* %1474, i64 %1580
	%1585 = bitcast float* %1584 to <8 x float>*
	%1586 = load <8 x float>, <8 x float>* %1585, align 4
	%1587 = getelementptr inbounds float, float* %679, i64 %1579
	%1588 = load float, float* %1587, align 4
	%1589 = insertelement <8 x float> undef, float %1588, i64 0
	%1590 = shufflevector <8 x float> %1589, <8 x float> undef, <8 x i32> zeroinitializer
	%1591 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1590, <8 x float> %1583, <8 x float> %1547)
	%1592 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1590, <8 x float> %1586, <8 x float> %1548)
	%1593 = getelementptr inbounds float, float* %685, i64 %1579
	%1594 = load float, float* %1593, align 4
	%1595 = insertelement <8 x float> undef, float %1594, i64 0
	%1596 = shufflevector <8 x float> %1595, <8 x float> undef, <8 x i32> zeroinitializer
	%1597 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1596, <8 x float> %1583, <8 x float> %1553)
	%1598 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1596, <8 x float> %1586, <8 x float> %1554)
	%1599 = getelementptr inbounds float, float* %697, i64 %1579
	%1600 = load float, float* %1599, align 4
	%1601 = insertelement <8 x float> undef, float %1600, i64 0
	%1602 = shufflevector <8 x float> %1601, <8 x float> undef, <8 x i32> zeroinitializer
	%1603 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1602, <8 x float> %1583, <8 x float> %1559)
	%1604 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1602, <8 x float> %1586, <8 x float> %1560)
	%1605 = getelementptr inbounds float, float* %703, i64 %1579
	%1606 = load float, float* %1605, align 4
	%1607 = insertelement <8 x float> undef, float %1606, i64 0
	%1608 = shufflevector <8 x float> %1607, <8 x float> undef, <8 x i32> zeroinitializer
	%1609 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1608, <8 x float> %1583, <8 x float> %1565)
	%1610 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1608, <8 x float> %1586, <8 x float> %1566)
	%1611 = getelementptr inbounds float, float* %715, i64 %1579
	%1612 = load float, float* %1611, align 4
	%1613 = insertelement <8 x float> undef, float %1612, i64 0
	%1614 = shufflevector <8 x float> %1613, <8 x float> undef, <8 x i32> zeroinitializer
	%1615 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1614, <8 x float> %1583, <8 x float> %1571)
	%1616 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1614, <8 x float> %1586, <8 x float> %1572)
	%1617 = getelementptr inbounds float, float* %721, i64 %1579
	%1618 = load float, float* %1617, align 4
	%1619 = insertelement <8 x float> undef, float %1618, i64 0
	%1620 = shufflevector <8 x float> %1619, <8 x float> undef, <8 x i32> zeroinitializer
	%1621 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1620, <8 x float> %1583, <8 x float> %1577)
	%1622 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1620, <8 x float> %1586, <8 x float> %1578)
	%1623 = add i64 %1477, 3
	%1624 = mul i64 %1623, 8
	%1625 = getelementptr inbounds float, float* %1471, i64 %1624
	%1626 = bitcast float* %1625 to <8 x float>*
	%1627 = load <8 x float>, <8 x float>* %1626, align 4
	%1628 = getelementptr inbounds float, float* %1474, i64 %1624
	%1629 = bitcast float* %1628 to <8 x float>*
	%1630 = load <8 x float>, <8 x float>* %1629, align 4
	%1631 = getelementptr inbounds float, float* %679, i64 %1623
	%1632 = load float, float* %1631, align 4
	%1633 = insertelement <8 x float> undef, float %1632, i64 0
	%1634 = shufflevector <8 x float> %1633, <8 x float> undef, <8 x i32> zeroinitializer
	%1635 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1634, <8 x float> %1627, <8 x float> %1591)
	%1636 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1634, <8 x float> %1630, <8 x float> %1592)
	%1637 = getelementptr inbounds float, float* %685, i64 %1623
	%1638 = load float, float* %1637, align 4
	%1639 = insertelement <8 x float> undef, float %1638, i64 0
	%1640 = shufflevector <8 x float> %1639, <8 x float> undef, <8 x i32> zeroinitializer
	%1641 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1640, <8 x float> %1627, <8 x float> %1597)
	%1642 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1640, <8 x float> %1630, <8 x float> %1598)
	%1643 = getelementptr inbounds float, float* %697, i64 %1623
	%1644 = load float, float* %1643, align 4
	%1645 = insertelement <8 x float> undef, float %1644, i64 0
	%1646 = shufflevector <8 x float> %1645, <8 x float> undef, <8 x i32> zeroinitializer
	%1647 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1646, <8 x float> %1627, <8 x float> %1603)
	%1648 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1646, <8 x float> %1630, <8 x float> %1604)
	%1649 = getelementptr inbounds float, float* %703, i64 %1623
	%1650 = load float, float* %1649, align 4
	%1651 = insertelement <8 x float> undef, float %1650, i64 0
	%1652 = shufflevector <8 x float> %1651, <8 x float> undef, <8 x i32> zeroinitializer
	%1653 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1652, <8 x float> %1627, <8 x float> %1609)
	%1654 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1652, <8 x float> %1630, <8 x float> %1610)
	%1655 = getelementptr inbounds float, float* %715, i64 %1623
	%1656 = load float, float* %1655, align 4
	%1657 = insertelement <8 x float> undef, float %1656, i64 0
	%1658 = shufflevector <8 x float> %1657, <8 x float> undef, <8 x i32> zeroinitializer
	%1659 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1658, <8 x float> %1627, <8 x float> %1615)
	%1660 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1658, <8 x float> %1630, <8 x float> %1616)
	%1661 = getelementptr inbounds float, float* %721, i64 %1623
	%1662 = load float, float* %1661, align 4
	%1663 = insertelement <8 x float> undef, float %1662, i64 0
	%1664 = shufflevector <8 x float> %1663, <8 x float> undef, <8 x i32> zeroinitializer
	%1665 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1664, <8 x float> %1627, <8 x float> %1621)
	%1666 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1664, <8 x float> %1630, <8 x float> %1622)
	%1667 = add i64 %1477, 4
	br label %loop62

done64:
	%1668 = getelementptr inbounds float, float* %7, i64 288
	%1669 = bitcast float* %1668 to <8 x float>*
	store <8 x float> %1478, <8 x float>* %1669, align 4
	%1670 = getelementptr inbounds float, float* %7, i64 296
	%1671 = bitcast float* %1670 to <8 x float>*
	store <8 x float> %1479, <8 x float>* %1671, align 4
	%1672 = getelementptr inbounds float, float* %7, i64 304
	%1673 = bitcast float* %1672 to <8 x float>*
	store <8 x float> %1480, <8 x float>* %1673, align 4
	%1674 = getelementptr inbounds float, float* %7, i64 312
	%1675 = bitcast float* %1674 to <8 x float>*
	store <8 x float> %1481, <8 x float>* %1675, align 4
	%1676 = getelementptr inbounds float, float* %7, i64 320
	%1677 = bitcast float* %1676 to <8 x float>*
	store <8 x float> %1482, <8 x float>* %1677, align 4
	%1678 = getelementptr inbounds float, float* %7, i64 328
	%1679 = bitcast float* %1678 to <8 x float>*
	store <8 x float> %1483, <8 x float>* %1679, align 4
	%1680 = getelementptr inbounds float, float* %7, i64 336
	%1681 = bitcast float* %1680 to <8 x float>*
	store <8 x float> %1484, <8 x float>* %1681, align 4
	%1682 = getelementptr inbounds float, float* %7, i64 344
	%1683 = bitcast float* %1682 to <8 x float>*
	store <8 x float> %1485, <8 x float>* %1683, align 4
	%1684 = getelementptr inbounds float, float* %7, i64 352
	%1685 = bitcast float* %1684 to <8 x float>*
	store <8 x float> %1486, <8 x float>* %1685, align 4
	%1686 = getelementptr inbounds float, float* %7, i64 360
	%1687 = bitcast float* %1686 to <8 x float>*
	store <8 x float> %1487, <8 x float>* %1687, align 4
	%1688 = getelementptr inbounds float, float* %7, i64 368
	%1689 = bitcast float* %1688 to <8 x float>*
	store <8 x float> %1488, <8 x float>* %1689, align 4
	%1690 = getelementptr inbounds float, float* %7, i64 376
	%1691 = bitcast float* %1690 to <8 x float>*
	store <8 x float> %1489, <8 x float>* %1691, align 4
	%1692 = add i64 %790, 0
	%1693 = trunc i64 %1692 to i32
	%1694 = insertelement <8 x i32> undef, i32 %1693, i64 0
	%1695 = shufflevector <8 x i32> %1694, <8 x i32> undef, <8 x i32> zeroinitializer
	%1696 = add <8 x i32> %1695, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
	%1697 = add i64 %790, 8
	%1698 = trunc i64 %1697 to i32
	%1699 = insertelement <8 x i32> undef, i32 %1698, i64 0
	%1700 = shufflevector <8 x i32> %1699, <8 x i32> undef, <8 x i32> zeroinitializer
	%1701 = add <8 x i32> %1700, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
	br label %loop65

loop65:
	%1702 = phi i64 [ 0, %done64 ], [ %1840, %join68 ]
	%1703 = icmp slt i64 %1702, 24
	br i1 %1703, label %body66, label %done69

body66:
	%1704 = mul i64 %1702, 16
	%1705 = getelementptr inbounds i32, i32* %11, i64 %1702
	%1706 = load i32, i32* %1705, align 4
	%1707 = insertelement <8 x i32> undef, i32 %1706, i64 0
	%1708 = shufflevector <8 x i32> %1707, <8 x i32> undef, <8 x i32> zeroinitializer
	%1709 = add i64 %1704, 0
	%1710 = getelementptr inbounds float, float* %7, i64 %1709
	%1711 = bitcast float* %1710 to <8 x float>*
	%1712 = load <8 x float>, <8 x float>* %1711, align 4
	%1713 = fmul <8 x float> %1712, <float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000>
	%1714 = icmp slt <8 x i32> %1696, %1708
	%1715 = select <8 x i1> %1714, <8 x float> %1713, <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
	%1716 = add i64 %1704, 8
	%1717 = getelementptr inbounds float, float* %7, i64 %1716
	%1718 = bitcast float* %1717 to <8 x float>*
	%1719 = load <8 x float>, <8 x float>* %1718, align 4
	%1720 = fmul <8 x float> %1719, <float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000>
	%1721 = icmp slt <8 x i32> %1701, %1708
	%1722 = select <8 x i1> %1721, <8 x float> %1720, <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
	%1723 = fcmp ogt <8 x float> %1715, %1722
	%1724 = select <8 x i1> %1723, <8 x float> %1715, <8 x float> %1722
	%1725 = getelementptr inbounds float, float* %9, i64 %1702
	%1726 = load float, float* %1725, align 4
	%1727 = shufflevector <8 x float> %1724, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1728 = shufflevector <8 x float> %1724, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1729 = fcmp ogt <4 x float> %1727, %1728
	%1730 = select <4 x i1> %1729, <4 x float> %1727, <4 x float> %1728
	%1731 = shufflevector <4 x float> %1730, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1732 = shufflevector <4 x float> %1730, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1733 = fcmp ogt <2 x float> %1731, %1732
	%1734 = select <2 x i1> %1733, <2 x float> %1731, <2 x float> %1732
	%1735 = shufflevector <2 x float> %1734, <2 x float> undef, <1 x i32> <i32 0>
	%1736 = shufflevector <2 x float> %1734, <2 x float> undef, <1 x i32> <i32 1>
	%1737 = fcmp ogt <1 x float> %1735, %1736
	%1738 = select <1 x i1> %1737, <1 x float> %1735, <1 x float> %1736
	%1739 = extractelement <1 x float> %1738, i64 0
	%1740 = fcmp ogt float %1739, %1726
	%1741 = select i1 %1740, float %1739, float %1726
	%1742 = fcmp oeq float %1741, 0xFFF0000000000000
	%1743 = select i1 %1742, float 0.0, float %1741
	%1744 = mul i64 %1702, 8
	%1745 = getelementptr inbounds float, float* %10, i64 %1702
	store float 1.0, float* %1745, align 4
	%1746 = fcmp ogt float %1741, %1726
	br i1 %1746, label %then67, label %join68

then67:
	%1747 = fsub float %1726, %1743
	%1748 = fcmp olt float %1747, -87.0
	%1749 = select i1 %1748, float -87.0, float %1747
	%1750 = fcmp ogt float %1749, 88.0
	%1751 = select i1 %1750, float 88.0, float %1749
	%1752 = call float @llvm.fmuladd.f32(float %1751, float 0x3FF7154760000000, float 1.2582912e+07)
	%1753 = fsub float %1752, 1.2582912e+07
	%1754 = call float @llvm.fmuladd.f32(float %1753, float 0xBFE6300000000000, float %1751)
	%1755 = call float @llvm.fmuladd.f32(float %1753, float 0x3F2BD01060000000, float %1754)
	%1756 = call float @llvm.fmuladd.f32(float 0x3F2A01A020000000, float %1755, float 0x3F56C16C20000000)
	%1757 = call float @llvm.fmuladd.f32(float %1756, float %1755, float 0x3F81111120000000)
	%1758 = call float @llvm.fmuladd.f32(float %1757, float %1755, float 0x3FA5555560000000)
	%1759 = call float @llvm.fmuladd.f32(float %1758, float %1755, float 0x3FC5555560000000)
	%1760 = call float @llvm.fmuladd.f32(float %1759, float %1755, float 0.5)
	%1761 = call float @llvm.fmuladd.f32(float %1760, float %1755, float 1.0)
	%1762 = call float @llvm.fmuladd.f32(float %1761, float %1755, float 1.0)
	%1763 = fptosi float %1753 to i32
	%1764 = add i32 %1763, 127
	%1765 = shl i32 %1764, 23
	%1766 = bitcast i32 %1765 to float
	%1767 = fmul float %1762, %1766
	%1768 = select i1 %1748, float 0.0, float %1767
	%1769 = getelementptr inbounds float, float* %10, i64 %1702
	store float %1768, float* %1769, align 4
	%1770 = getelementptr inbounds float, float* %9, i64 %1702
	store float %1741, float* %1770, align 4
	%1771 = getelementptr inbounds float, float* %8, i64 %1744
	%1772 = bitcast float* %1771 to <8 x float>*
	%1773 = load <8 x float>, <8 x float>* %1772, align 4
	%1774 = insertelement <8 x float> undef, float %1768, i64 0
	%1775 = shufflevector <8 x float> %1774, <8 x float> undef, <8 x i32> zeroinitializer
	%1776 = fmul <8 x float> %1773, %1775
	%1777 = getelementptr inbounds float, float* %8, i64 %1744
	%1778 = bitcast float* %1777 to <8 x float>*
	store <8 x float> %1776, <8 x float>* %1778, align 4
	br label %join68

join68:
	%1779 = getelementptr inbounds float, float* %8, i64 %1744
	%1780 = bitcast float* %1779 to <8 x float>*
	%1781 = load <8 x float>, <8 x float>* %1780, align 4
	%1782 = insertelement <8 x float> undef, float %1743, i64 0
	%1783 = shufflevector <8 x float> %1782, <8 x float> undef, <8 x i32> zeroinitializer
	%1784 = fsub <8 x float> %1715, %1783
	%1785 = fcmp olt <8 x float> %1784, <float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0>
	%1786 = select <8 x i1> %1785, <8 x float> <float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0>, <8 x float> %1784
	%1787 = fcmp ogt <8 x float> %1786, <float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0>
	%1788 = select <8 x i1> %1787, <8 x float> <float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0>, <8 x float> %1786
	%1789 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1788, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07>)
	%1790 = fsub <8 x float> %1789, <float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07>
	%1791 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1790, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1788)
	%1792 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1790, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1791)
	%1793 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> <float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000>, <8 x float> %1792, <8 x float> <float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000>)
	%1794 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1793, <8 x float> %1792, <8 x float> <float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000>)
	%1795 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1794, <8 x float> %1792, <8 x float> <float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000>)
	%1796 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1795, <8 x float> %1792, <8 x float> <float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000>)
	%1797 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1796, <8 x float> %1792, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%1798 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1797, <8 x float> %1792, <8 x float> <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>)
	%1799 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1798, <8 x float> %1792, <8 x float> <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>)
	%1800 = fptosi <8 x float> %1790 to <8 x i32>
	%1801 = add <8 x i32> %1800, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
	%1802 = shl <8 x i32> %1801, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
	%1803 = bitcast <8 x i32> %1802 to <8 x float>
	%1804 = fmul <8 x float> %1799, %1803
	%1805 = select <8 x i1> %1785, <8 x float> zeroinitializer, <8 x float> %1804
	%1806 = fadd <8 x float> %1781, %1805
	%1807 = add i64 %1704, 0
	%1808 = getelementptr inbounds float, float* %7, i64 %1807
	%1809 = bitcast float* %1808 to <8 x float>*
	store <8 x float> %1805, <8 x float>* %1809, align 4
	%1810 = insertelement <8 x float> undef, float %1743, i64 0
	%1811 = shufflevector <8 x float> %1810, <8 x float> undef, <8 x i32> zeroinitializer
	%1812 = fsub <8 x float> %1722, %1811
	%1813 = fcmp olt <8 x float> %1812, <float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0>
	%1814 = select <8 x i1> %1813, <8 x float> <float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0, float -87.0>, <8 x float> %1812
	%1815 = fcmp ogt <8 x float> %1814, <float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0>
	%1816 = select <8 x i1> %1815, <8 x float> <float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0, float 88.0>, <8 x float> %1814
	%1817 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1816, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07>)
	%1818 = fsub <8 x float> %1817, <float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07, float 1.2582912e+07>
	%1819 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1818, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %1816)
	%1820 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1818, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %1819)
	%1821 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> <float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000, float 0x3F2A01A020000000>, <8 x float> %1820, <8 x float> <float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000, float 0x3F56C16C20000000>)
	%1822 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1821, <8 x float> %1820, <8 x float> <float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000>)
	%1823 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1822, <8 x float> %1820, <8 x float> <float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000, float 0x3FA5555560000000>)
	%1824 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1823, <8 x float> %1820, <8 x float> <float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000, float 0x3FC5555560000000>)
	%1825 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1824, <8 x float> %1820, <8 x float> <float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5, float 0.5>)
	%1826 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1825, <8 x float> %1820, <8 x float> <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>)
	%1827 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1826, <8 x float> %1820, <8 x float> <float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0, float 1.0>)
	%1828 = fptosi <8 x float> %1818 to <8 x i32>
	%1829 = add <8 x i32> %1828, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
	%1830 = shl <8 x i32> %1829, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
	%1831 = bitcast <8 x i32> %1830 to <8 x float>
	%1832 = fmul <8 x float> %1827, %1831
	%1833 = select <8 x i1> %1813, <8 x float> zeroinitializer, <8 x float> %1832
	%1834 = fadd <8 x float> %1806, %1833
	%1835 = add i64 %1704, 8
	%1836 = getelementptr inbounds float, float* %7, i64 %1835
	%1837 = bitcast float* %1836 to <8 x float>*
	store <8 x float> %1833, <8 x float>* %1837, align 4
	%1838 = getelementptr inbounds float, float* %8, i64 %1744
	%1839 = bitcast float* %1838 to <8 x float>*
	store <8 x float> %1834, <8 x float>* %1839, align 4
	%1840 = add i64 %1702, 1
	br label %loop65

done69:
	br label %loop70

loop70:
	%1841 = phi i64 [ 0, %done69 ], [ %2195, %done77 ]
	%1842 = icmp slt i64 %1841, 24
	br i1 %1842, label %body71, label %done78

body71:
	br label %loop72

loop72:
	%1843 = phi i64 [ 0, %body71 ], [ %2194, %done76 ]
	%1844 = icmp slt i64 %1843, 8
	br i1 %1844, label %body73, label %done77

body73:
	%1845 = sub i64 %723, 1
	%1846 = add i64 %1841, 0
	%1847 = getelementptr inbounds float, float* %10, i64 %1846
	%1848 = load float, float* %1847, align 4
	%1849 = insertelement <8 x float> undef, float %1848, i64 0
	%1850 = shufflevector <8 x float> %1849, <8 x float> undef, <8 x i32> zeroinitializer
	%1851 = add i64 %1841, 0
	%1852 = mul i64 %1851, 8
	%1853 = add i64 %1852, %1843
	%1854 = getelementptr inbounds float, float* %6, i64 %1853
	%1855 = getelementptr inbounds float, float* %1854, i64 0
	%1856 = bitcast float* %1855 to <8 x float>*
	%1857 = load <8 x float>, <8 x float>* %1856, align 4
	%1858 = fmul <8 x float> %1857, %1850
	%1859 = add i64 %1841, 1
	%1860 = getelementptr inbounds float, float* %10, i64 %1859
	%1861 = load float, float* %1860, align 4
	%1862 = insertelement <8 x float> undef, float %1861, i64 0
	%1863 = shufflevector <8 x float> %1862, <8 x float> undef, <8 x i32> zeroinitializer
	%1864 = add i64 %1841, 1
	%1865 = mul i64 %1864, 8
	%1866 = add i64 %1865, %1843
	%1867 = getelementptr inbounds float, float* %6, i64 %1866
	%1868 = getelementptr inbounds float, float* %1867, i64 0
	%1869 = bitcast float* %1868 to <8 x float>*
	%1870 = load <8 x float>, <8 x float>* %1869, align 4
	%1871 = fmul <8 x float> %1870, %1863
	%1872 = add i64 %1841, 2
	%1873 = getelementptr inbounds float, float* %10, i64 %1872
	%1874 = load float, float* %1873, align 4
	%1875 = insertelement <8 x float> undef, float %1874, i64 0
	%1876 = shufflevector <8 x float> %1875, <8 x float> undef, <8 x i32> zeroinitializer
	%1877 = add i64 %1841, 2
	%1878 = mul i64 %1877, 8
	%1879 = add i64 %1878, %1843
	%1880 = getelementptr inbounds float, float* %6, i64 %1879
	%1881 = getelementptr inbounds float, float* %1880, i64 0
	%1882 = bitcast float* %1881 to <8 x float>*
	%1883 = load <8 x float>, <8 x float>* %1882, align 4
	%1884 = fmul <8 x float> %1883, %1876
	%1885 = add i64 %1841, 3
	%1886 = getelementptr inbounds float, float* %10, i64 %1885
	%1887 = load float, float* %1886, align 4
	%1888 = insertelement <8 x float> undef, float %1887, i64 0
	%1889 = shufflevector <8 x float> %1888, <8 x float> undef, <8 x i32> zeroinitializer
	%1890 = add i64 %1841, 3
	%1891 = mul i64 %1890, 8
	%1892 = add i64 %1891, %1843
	%1893 = getelementptr inbounds float, float* %6, i64 %1892
	%1894 = getelementptr inbounds float, float* %1893, i64 0
	%1895 = bitcast float* %1894 to <8 x float>*
	%1896 = load <8 x float>, <8 x float>* %1895, align 4
	%1897 = fmul <8 x float> %1896, %1889
	%1898 = add i64 %1841, 4
	%1899 = getelementptr inbounds float, float* %10, i64 %1898
	%1900 = load float, float* %1899, align 4
	%1901 = insertelement <8 x float> undef, float %1900, i64 0
	%1902 = shufflevector <8 x float> %1901, <8 x float> undef, <8 x i32> zeroinitializer
	%1903 = add i64 %1841, 4
	%1904 = mul i64 %1903, 8
	%1905 = add i64 %1904, %1843
	%1906 = getelementptr inbounds float, float* %6, i64 %1905
	%1907 = getelementptr inbounds float, float* %1906, i64 0
	%1908 = bitcast float* %1907 to <8 x float>*
	%1909 = load <8 x float>, <8 x float>* %1908, align 4
	%1910 = fmul <8 x float> %1909, %1902
	%1911 = add i64 %1841, 5
	%1912 = getelementptr inbounds float, float* %10, i64 %1911
	%1913 = load float, float* %1912, align 4
	%1914 = insertelement <8 x float> undef, float %1913, i64 0
	%1915 = shufflevector <8 x float> %1914, <8 x float> undef, <8 x i32> zeroinitializer
	%1916 = add i64 %1841, 5
	%1917 = mul i64 %1916, 8
	%1918 = add i64 %1917, %1843
	%1919 = getelementptr inbounds float, float* %6, i64 %1918
	%1920 = getelementptr inbounds float, float* %1919, i64 0
	%1921 = bitcast float* %1920 to <8 x float>*
	%1922 = load <8 x float>, <8 x float>* %1921, align 4
	%1923 = fmul <8 x float> %1922, %1915
	%1924 = add i64 %1841, 6
	%1925 = getelementptr inbounds float, float* %10, i64 %1924
	%1926 = load float, float* %1925, align 4
	%1927 = insertelement <8 x float> undef, float %1926, i64 0
	%1928 = shufflevector <8 x float> %1927, <8 x float> undef, <8 x i32> zeroinitializer
	%1929 = add i64 %1841, 6
	%1930 = mul i64 %1929, 8
	%1931 = add i64 %1930, %1843
	%1932 = getelementptr inbounds float, float* %6, i64 %1931
	%1933 = getelementptr inbounds float, float* %1932, i64 0
	%1934 = bitcast float* %1933 to <8 x float>*
	%1935 = load <8 x float>, <8 x float>* %1934, align 4
	%1936 = fmul <8 x float> %1935, %1928
	%1937 = add i64 %1841, 7
	%1938 = getelementptr inbounds float, float* %10, i64 %1937
	%1939 = load float, float* %1938, align 4
	%1940 = insertelement <8 x float> undef, float %1939, i64 0
	%1941 = shufflevector <8 x float> %1940, <8 x float> undef, <8 x i32> zeroinitializer
	%1942 = add i64 %1841, 7
	%1943 = mul i64 %1942, 8
	%1944 = add i64 %1943, %1843
	%1945 = getelementptr inbounds float, float* %6, i64 %1944
	%1946 = getelementptr inbounds float, float* %1945, i64 0
	%1947 = bitcast float* %1946 to <8 x float>*
	%1948 = load <8 x float>, <8 x float>* %1947, align 4
	%1949 = fmul <8 x float> %1948, %1941
	%1950 = add i64 %1841, 8
	%1951 = getelementptr inbounds float, float* %10, i64 %1950
	%1952 = load float, float* %1951, align 4
	%1953 = insertelement <8 x float> undef, float %1952, i64 0
	%1954 = shufflevector <8 x float> %1953, <8 x float> undef, <8 x i32> zeroinitializer
	%1955 = add i64 %1841, 8
	%1956 = mul i64 %1955, 8
	%1957 = add i64 %1956, %1843
	%1958 = getelementptr inbounds float, float* %6, i64 %1957
	%1959 = getelementptr inbounds float, float* %1958, i64 0
	%1960 = bitcast float* %1959 to <8 x float>*
	%1961 = load <8 x float>, <8 x float>* %1960, align 4
	%1962 = fmul <8 x float> %1961, %1954
	%1963 = add i64 %1841, 9
	%1964 = getelementptr inbounds float, float* %10, i64 %1963
	%1965 = load float, float* %1964, align 4
	%1966 = insertelement <8 x float> undef, float %1965, i64 0
	%1967 = shufflevector <8 x float> %1966, <8 x float> undef, <8 x i32> zeroinitializer
	%1968 = add i64 %1841, 9
	%1969 = mul i64 %1968, 8
	%1970 = add i64 %1969, %1843
	%1971 = getelementptr inbounds float, float* %6, i64 %1970
	%1972 = getelementptr inbounds float, float* %1971, i64 0
	%1973 = bitcast float* %1972 to <8 x float>*
	%1974 = load <8 x float>, <8 x float>* %1973, align 4
	%1975 = fmul <8 x float> %1974, %1967
	%1976 = add i64 %1841, 10
	%1977 = getelementptr inbounds float, float* %10, i64 %1976
	%1978 = load float, float* %1977, align 4
	%1979 = insertelement <8 x float> undef, float %1978, i64 0
	%1980 = shufflevector <8 x float> %1979, <8 x float> undef, <8 x i32> zeroinitializer
	%1981 = add i64 %1841, 10
	%1982 = mul i64 %1981, 8
	%1983 = add i64 %1982, %1843
	%1984 = getelementptr inbounds float, float* %6, i64 %1983
	%1985 = getelementptr inbounds float, float* %1984, i64 0
	%1986 = bitcast float* %1985 to <8 x float>*
	%1987 = load <8 x float>, <8 x float>* %1986, align 4
	%1988 = fmul <8 x float> %1987, %1980
	%1989 = add i64 %1841, 11
	%1990 = getelementptr inbounds float, float* %10, i64 %1989
	%1991 = load float, float* %1990, align 4
	%1992 = insertelement <8 x float> undef, float %1991, i64 0
	%1993 = shufflevector <8 x float> %1992, <8 x float> undef, <8 x i32> zeroinitializer
	%1994 = add i64 %1841, 11
	%1995 = mul i64 %1994, 8
	%1996 = add i64 %1995, %1843
	%1997 = getelementptr inbounds float, float* %6, i64 %1996
	%1998 = getelementptr inbounds float, float* %1997, i64 0
	%1999 = bitcast float* %1998 to <8 x float>*
	%2000 = load <8 x float>, <8 x float>* %1999, align 4
	%2001 = fmul <8 x float> %2000, %1993
	br label %loop74

loop74:
	%2002 = phi i64 [ 0, %body73 ], [ %2121, %body75 ]
	%2003 = phi <8 x float> [ %1858, %body73 ], [ %2032, %body75 ]
	%2004 = phi <8 x float> [ %1871, %body73 ], [ %2040, %body75 ]
	%2005 = phi <8 x float> [ %1884, %body73 ], [ %2048, %body75 ]
	%2006 = phi <8 x float> [ %1897, %body73 ], [ %2056, %body75 ]
	%2007 = phi <8 x float> [ %1910, %body73 ], [ %2064, %body75 ]
	%2008 = phi <8 x float> [ %1923, %body73 ], [ %2072, %body75 ]
	%2009 = phi <8 x float> [ %1936, %body73 ], [ %2080, %body75 ]
	%2010 = phi <8 x float> [ %1949, %body73 ], [ %2088, %body75 ]
	%2011 = phi <8 x float> [ %1962, %body73 ], [ %2096, %body75 ]
	%2012 = phi <8 x float> [ %1975, %body73 ], [ %2104, %body75 ]
	%2013 = phi <8 x float> [ %1988, %body73 ], [ %2112, %body75 ]
	%2014 = phi <8 x float> [ %2001, %body73 ], [ %2120, %body75 ]
	%2015 = icmp slt i64 %2002, 16
	br i1 %2015, label %body75, label %done76

body75:
	%2016 = add i64 %790, %2002
	%2017 = icmp slt i64 %2016, %1845
	%2018 = select i1 %2017, i64 %2016, i64 %1845
	%2019 = mul i64 %2018, 8
	%2020 = getelementptr inbounds float, float* %729, i64 %2019
	%2021 = getelementptr inbounds float, float* %2020, i64 %1843
	%2022 = getelementptr inbounds float, float* %2021, i64 0
	%2023 = bitcast float* %2022 to <8 x float>*
	%2024 = load <8 x float>, <8 x float>* %2023, align 4
	%2025 = add i64 %1841, 0
	%2026 = mul i64 %2025, 16
	%2027 = add i64 %2026, %2002
	%2028 = getelementptr inbounds float, float* %7, i64 %2027
	%2029 = load float, float* %2028, align 4
	%2030 = insertelement <8 x float> undef, float %2029, i64 0
	%2031 = shufflevector <8 x float> %2030, <8 x float> undef, <8 x i32> zeroinitializer
	%2032 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2031, <8 x float> %2024, <8 x float> %2003)
	%2033 = add i64 %1841, 1
	%2034 = mul i64 %2033, 16
	%2035 = add i64 %2034, %2002
	%2036 = getelementptr inbounds float, float* %7, i64 %2035
	%2037 = load float, float* %2036, align 4
	%2038 = insertelement <8 x float> undef, float %2037, i64 0
	%2039 = shufflevector <8 x float> %2038, <8 x float> undef, <8 x i32> zeroinitializer
	%2040 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2039, <8 x float> %2024, <8 x float> %2004)
	%2041 = add i64 %1841, 2
	%2042 = mul i64 %2041, 16
	%2043 = add i64 %2042, %2002
	%2044 = getelementptr inbounds float, float* %7, i64 %2043
	%2045 = load float, float* %2044, align 4
	%2046 = insertelement <8 x float> undef, float %2045, i64 0
	%2047 = shufflevector <8 x float> %2046, <8 x float> undef, <8 x i32> zeroinitializer
	%2048 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2047, <8 x float> %2024, <8 x float> %2005)
	%2049 = add i64 %1841, 3
	%2050 = mul i64 %2049, 16
	%2051 = add i64 %2050, %2002
	%2052 = getelementptr inbounds float, float* %7, i64 %2051
	%2053 = load float, float* %2052, align 4
	%2054 = insertelement <8 x float> undef, float %2053, i64 0
	%2055 = shufflevector <8 x float> %2054, <8 x float> undef, <8 x i32> zeroinitializer
	%2056 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2055, <8 x float> %2024, <8 x float> %2006)
	%2057 = add i64 %1841, 4
	%2058 = mul i64 %2057, 16
	%2059 = add i64 %2058, %2002
	%2060 = getelementptr inbounds float, float* %7, i64 %2059
	%2061 = load float, float* %2060, align 4
	%2062 = insertelement <8 x float> undef, float %2061, i64 0
	%2063 = shufflevector <8 x float> %2062, <8 x float> undef, <8 x i32> zeroinitializer
	%2064 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2063, <8 x float> %2024, <8 x float> %2007)
	%2065 = add i64 %1841, 5
	%2066 = mul i64 %2065, 16
	%2067 = add i64 %2066, %2002
	%2068 = getelementptr inbounds float, float* %7, i64 %2067
	%2069 = load float, float* %2068, align 4
	%2070 = insertelement <8 x float> undef, float %2069, i64 0
	%2071 = shufflevector <8 x float> %2070, <8 x float> undef, <8 x i32> zeroinitializer
	%2072 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2071, <8 x float> %2024, <8 x float> %2008)
	%2073 = add i64 %1841, 6
	%2074 = mul i64 %2073, 16
	%2075 = add i64 %2074, %2002
	%2076 = getelementptr inbounds float, float* %7, i64 %2075
	%2077 = load float, float* %2076, align 4
	%2078 = insertelement <8 x float> undef, float %2077, i64 0
	%2079 = shufflevector <8 x float> %2078, <8 x float> undef, <8 x i32> zeroinitializer
	%2080 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2079, <8 x float> %2024, <8 x float> %2009)
	%2081 = add i64 %1841, 7
	%2082 = mul i64 %2081, 16
	%2083 = add i64 %2082, %2002
	%2084 = getelementptr inbounds float, float* %7, i64 %2083
	%2085 = load float, float* %2084, align 4
	%2086 = insertelement <8 x float> undef, float %2085, i64 0
	%2087 = shufflevector <8 x float> %2086, <8 x float> undef, <8 x i32> zeroinitializer
	%2088 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2087, <8 x float> %2024, <8 x float> %2010)
	%2089 = add i64 %1841, 8
	%2090 = mul i64 %2089, 16
	%2091 = add i64 %2090, %2002
	%2092 = getelementptr inbounds float, float* %7, i64 %2091
	%2093 = load float, float* %2092, align 4
	%2094 = insertelement <8 x float> undef, float %2093, i64 0
	%2095 = shufflevector <8 x float> %2094, <8 x float> undef, <8 x i32> zeroinitializer
	%2096 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2095, <8 x float> %2024, <8 x float> %2011)
	%2097 = add i64 %1841, 9
	%2098 = mul i64 %2097, 16
	%2099 = add i64 %2098, %2002
	%2100 = getelementptr inbounds float, float* %7, i64 %2099
	%2101 = load float, float* %2100, align 4
	%2102 = insertelement <8 x float> undef, float %2101, i64 0
	%2103 = shufflevector <8 x float> %2102, <8 x float> undef, <8 x i32> zeroinitializer
	%2104 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2103, <8 x float> %2024, <8 x float> %2012)
	%2105 = add i64 %1841, 10
	%2106 = mul i64 %2105, 16
	%2107 = add i64 %2106, %2002
	%2108 = getelementptr inbounds float, float* %7, i64 %2107
	%2109 = load float, float* %2108, align 4
	%2110 = insertelement <8 x float> undef, float %2109, i64 0
	%2111 = shufflevector <8 x float> %2110, <8 x float> undef, <8 x i32> zeroinitializer
	%2112 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2111, <8 x float> %2024, <8 x float> %2013)
	%2113 = add i64 %1841, 11
	%2114 = mul i64 %2113, 16
	%2115 = add i64 %2114, %2002
	%2116 = getelementptr inbounds float, float* %7, i64 %2115
	%2117 = load float, float* %2116, align 4
	%2118 = insertelement <8 x float> undef, float %2117, i64 0
	%2119 = shufflevector <8 x float> %2118, <8 x float> undef, <8 x i32> zeroinitializer
	%2120 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2119, <8 x float> %2024, <8 x float> %2014)
	%2121 = add i64 %2002, 1
	br label %loop74

done76:
	%2122 = add i64 %1841, 0
	%2123 = mul i64 %2122, 8
	%2124 = add i64 %2123, %1843
	%2125 = getelementptr inbounds float, float* %6, i64 %2124
	%2126 = getelementptr inbounds float, float* %2125, i64 0
	%2127 = bitcast float* %2126 to <8 x float>*
	store <8 x float> %2003, <8 x float>* %2127, align 4
	%2128 = add i64 %1841, 1
	%2129 = mul i64 %2128, 8
	%2130 = add i64 %2129, %1843
	%2131 = getelementptr inbounds float, float* %6, i64 %2130
	%2132 = getelementptr inbounds float, float* %2131, i64 0
	%2133 = bitcast float* %2132 to <8 x float>*
	store <8 x float> %2004, <8 x float>* %2133, align 4
	%2134 = add i64 %1841, 2
	%2135 = mul i64 %2134, 8
	%2136 = add i64 %2135, %1843
	%2137 = getelementptr inbounds float, float* %6, i64 %2136
	%2138 = getelementptr inbounds float, float* %2137, i64 0
	%2139 = bitcast float* %2138 to <8 x float>*
	store <8 x float> %2005, <8 x float>* %2139, align 4
	%2140 = add i64 %1841, 3
	%2141 = mul i64 %2140, 8
	%2142 = add i64 %2141, %1843
	%2143 = getelementptr inbounds float, float* %6, i64 %2142
	%2144 = getelementptr inbounds float, float* %2143, i64 0
	%2145 = bitcast float* %2144 to <8 x float>*
	store <8 x float> %2006, <8 x float>* %2145, align 4
	%2146 = add i64 %1841, 4
	%2147 = mul i64 %2146, 8
	%2148 = add i64 %2147, %1843
	%2149 = getelementptr inbounds float, float* %6, i64 %2148
	%2150 = getelementptr inbounds float, float* %2149, i64 0
	%2151 = bitcast float* %2150 to <8 x float>*
	store <8 x float> %2007, <8 x float>* %2151, align 4
	%2152 = add i64 %1841, 5
	%2153 = mul i64 %2152, 8
	%2154 = add i64 %2153, %1843
	%2155 = getelementptr inbounds float, float* %6, i64 %2154
	%2156 = getelementptr inbounds float, float* %2155, i64 0
	%2157 = bitcast float* %2156 to <8 x float>*
	store <8 x float> %2008, <8 x float>* %2157, align 4
	%2158 = add i64 %1841, 6
	%2159 = mul i64 %2158, 8
	%2160 = add i64 %2159, %1843
	%2161 = getelementptr inbounds float, float* %6, i64 %2160
	%2162 = getelementptr inbounds float, float* %2161, i64 0
	%2163 = bitcast float* %2162 to <8 x float>*
	store <8 x float> %2009, <8 x float>* %2163, align 4
	%2164 = add i64 %1841, 7
	%2165 = mul i64 %2164, 8
	%2166 = add i64 %2165, %1843
	%2167 = getelementptr inbounds float, float* %6, i64 %2166
	%2168 = getelementptr inbounds float, float* %2167, i64 0
	%2169 = bitcast float* %2168 to <8 x float>*
	store <8 x float> %2010, <8 x float>* %2169, align 4
	%2170 = add i64 %1841, 8
	%2171 = mul i64 %2170, 8
	%2172 = add i64 %2171, %1843
	%2173 = getelementptr inbounds float, float* %6, i64 %2172
	%2174 = getelementptr inbounds float, float* %2173, i64 0
	%2175 = bitcast float* %2174 to <8 x float>*
	store <8 x float> %2011, <8 x float>* %2175, align 4
	%2176 = add i64 %1841, 9
	%2177 = mul i64 %2176, 8
	%2178 = add i64 %2177, %1843
	%2179 = getelementptr inbounds float, float* %6, i64 %2178
	%2180 = getelementptr inbounds float, float* %2179, i64 0
	%2181 = bitcast float* %2180 to <8 x float>*
	store <8 x float> %2012, <8 x float>* %2181, align 4
	%2182 = add i64 %1841, 10
	%2183 = mul i64 %2182, 8
	%2184 = add i64 %2183, %1843
	%2185 = getelementptr inbounds float, float* %6, i64 %2184
	%2186 = getelementptr inbounds float, float* %2185, i64 0
	%2187 = bitcast float* %2186 to <8 x float>*
	store <8 x float> %2013, <8 x float>* %2187, align 4
	%2188 = add i64 %1841, 11
	%2189 = mul i64 %2188, 8
	%2190 = add i64 %2189, %1843
	%2191 = getelementptr inbounds float, float* %6, i64 %2190
	%2192 = getelementptr inbounds float, float* %2191, i64 0
	%2193 = bitcast float* %2192 to <8 x float>*
	store <8 x float> %2014, <8 x float>* %2193, align 4
	%2194 = add i64 %1843, 8
	br label %loop72

done77:
	%2195 = add i64 %1841, 12
	br label %loop70

done78:
	%2196 = add i64 %790, 16
	br label %loop51

done79:
	%2197 = mul i64 %504, 2
	br label %loop80

loop80:
	%2198 = phi i64 [ 0, %done79 ], [ %2233, %body81 ]
	%2199 = icmp slt i64 %2198, %2197
	br i1 %2199, label %body81, label %done82

body81:
	%2200 = sdiv i64 %2198, 2
	%2201 = add i64 %500, %2200
	%2202 = srem i64 %2198, 2
	%2203 = add i64 %505, %2202
	%2204 = mul i64 %2201, 32
	%2205 = mul i64 %2203, 8
	%2206 = add i64 %2204, %2205
	%2207 = getelementptr inbounds float, float* %14, i64 %2206
	%2208 = mul i64 %2198, 8
	%2209 = getelementptr inbounds float, float* %8, i64 %2208
	%2210 = bitcast float* %2209 to <8 x float>*
	%2211 = load <8 x float>, <8 x float>* %2210, align 4
	%2212 = shufflevector <8 x float> %2211, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2213 = shufflevector <8 x float> %2211, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2214 = fadd <4 x float> %2212, %2213
	%2215 = shufflevector <4 x float> %2214, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2216 = shufflevector <4 x float> %2214, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2217 = fadd <2 x float> %2215, %2216
	%2218 = shufflevector <2 x float> %2217, <2 x float> undef, <1 x i32> <i32 0>
	%2219 = shufflevector <2 x float> %2217, <2 x float> undef, <1 x i32> <i32 1>
	%2220 = fadd <1 x float> %2218, %2219
	%2221 = extractelement <1 x float> %2220, i64 0
	%2222 = mul i64 %2198, 8
	%2223 = getelementptr inbounds float, float* %6, i64 %2222
	%2224 = fdiv float 1.0, %2221
	%2225 = insertelement <8 x float> undef, float %2224, i64 0
	%2226 = shufflevector <8 x float> %2225, <8 x float> undef, <8 x i32> zeroinitializer
	%2227 = getelementptr inbounds float, float* %2223, i64 0
	%2228 = bitcast float* %2227 to <8 x float>*
	%2229 = load <8 x float>, <8 x float>* %2228, align 4
	%2230 = fmul <8 x float> %2229, %2226
	%2231 = getelementptr inbounds float, float* %2207, i64 0
	%2232 = bitcast float* %2231 to <8 x float>*
	store <8 x float> %2230, <8 x float>* %2232, align 4
	%2233 = add i64 %2198, 1
	br label %loop80

done82:
	br label %join46

loop83:
	%2234 = phi i64 [ 0, %else47 ], [ %2246, %body84 ]
	%2235 = icmp slt i64 %2234, %778
	br i1 %2235, label %body84, label %done85

body84:
	%2236 = sdiv i64 %2234, 2
	%2237 = add i64 %500, %2236
	%2238 = srem i64 %2234, 2
	%2239 = add i64 %505, %2238
	%2240 = mul i64 %2237, 32
	%2241 = mul i64 %2239, 8
	%2242 = add i64 %2240, %2241
	%2243 = getelementptr inbounds float, float* %14, i64 %2242
	%2244 = getelementptr inbounds float, float* %2243, i64 0
	%2245 = bitcast float* %2244 to <8 x float>*
	store <8 x float> <float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000>, <8 x float>* %2245, align 4
	%2246 = add i64 %2234, 1
	br label %loop83

done85:
	br label %join46

join46:
	%2247 = add i64 %492, 1
	br label %loop43

done86:
	br label %join4

join4:
	%2248 = add i64 %41, 1
	br label %loop1

done87:
	ret void
}

declare float @llvm.fmuladd.f32(float %0, float %1, float %2)

define void @mtc_k_gqa_attention_combine_h4_kv2_d8(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%1 = load i8*, i8** %0, align 8
	%2 = bitcast i8* %1 to float*
	%3 = getelementptr inbounds i64, i64* %ints, i64 0
	%4 = load i64, i64* %3, align 8
	%5 = getelementptr inbounds i64, i64* %ints, i64 1
	%6 = load i64, i64* %5, align 8
	%7 = getelementptr inbounds i64, i64* %ints, i64 2
	%8 = load i64, i64* %7, align 8
	%9 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%10 = load i8*, i8** %9, align 8
	%11 = bitcast i8* %10 to float*
	%12 = add i64 %8, 31
	%13 = and i64 %12, -32
	%14 = mul i64 %13, 16
	%15 = mul i64 %14, 4
	%16 = add i64 %15, 63
	%17 = and i64 %16, -64
	%18 = bitcast float* %11 to i8*
	%19 = getelementptr inbounds i8, i8* %18, i64 %17
	%20 = bitcast i8* %19 to float*
	%21 = getelementptr inbounds float, float* %20, i64 128
	%22 = add i64 %6, 1
	%23 = add i64 %22, 15
	%24 = sdiv i64 %23, 16
	%25 = add i64 %24, 7
	%26 = and i64 %25, -8
	%27 = icmp sgt i64 %26, 128
	%28 = select i1 %27, i64 %26, i64 128
	%29 = sub i64 %28, 1
	%30 = add i64 %22, %29
	%31 = sdiv i64 %30, %28
	%32 = icmp eq i64 %4, 1
	%33 = icmp sge i64 %6, 0
	%34 = icmp slt i64 %6, %8
	%35 = and i1 %33, %34
	%36 = and i1 %32, %35
	%37 = icmp sgt i64 %31, 1
	%38 = and i1 %36, %37
	br i1 %38, label %then1, label %join2

then1:
	br label %loop3

loop3:
	%39 = phi i64 [ %begin, %then1 ], [ %109, %done10 ]
	%40 = icmp slt i64 %39, %end
	br i1 %40, label %body4, label %done11

body4:
	%41 = mul i64 %39, 16
	%42 = add i64 %41, 0
	%43 = mul i64 %42, 2
	%44 = getelementptr inbounds float, float* %20, i64 %43
	%45 = load float, float* %44, align 4
	br label %loop5

loop5:
	%46 = phi i64 [ 1, %body4 ], [ %55, %body6 ]
	%47 = phi float [ %45, %body4 ], [ %54, %body6 ]
	%48 = icmp slt i64 %46, %31
	br i1 %48, label %body6, label %done7

body6:
	%49 = add i64 %41, %46
	%50 = mul i64 %49, 2
	%51 = getelementptr inbounds float, float* %20, i64 %50
	%52 = load float, float* %51, align 4
	%53 = fcmp ogt float %52, %47
	%54 = select i1 %53, float %52, float %47
	%55 = add i64 %46, 1
	br label %loop5

done7:
	br label %loop8

loop8:
	%56 = phi i64 [ 0, %done7 ], [ %100, %body9 ]
	%57 = phi float [ 0.0, %done7 ], [ %91, %body9 ]
	%58 = phi <8 x float> [ zeroinitializer, %done7 ], [ %99, %body9 ]
	%59 = icmp slt i64 %56, %31
	br i1 %59, label %body9, label %done10

body9:
	%60 = add i64 %41, %56
	%61 = add i64 %41, %56
	%62 = mul i64 %61, 2
	%63 = getelementptr inbounds float, float* %20, i64 %62
	%64 = load float, float* %63, align 4
	%65 = fsub float %64, %47
	%66 = fcmp olt float %65, -87.0
	%67 = select i1 %66, float -87.0, float %65
	%68 = fcmp ogt float %67, 88.0
	%69 = select i1 %68, float 88.0, float %67
	%70 = call float @llvm.fmuladd.f32(float %69, float 0x3FF7154760000000, float 1.2582912e+07)
	%71 = fsub float %70, 1.2582912e+07
	%72 = call float @llvm.fmuladd.f32(float %71, float 0xBFE6300000000000, float %69)
	%73 = call float @llvm.fmuladd.f32(float %71, float 0x3F2BD01060000000, float %72)
	%74 = call float @llvm.fmuladd.f32(float 0x3F2A01A020000000, float %73, float 0x3F56C16C20000000)
	%75 = call float @llvm.fmuladd.f32(float %74, float %73, float 0x3F81111120000000)
	%76 = call float @llvm.fmuladd.f32(float %75, float %73, float 0x3FA5555560000000)
	%77 = call float @llvm.fmuladd.f32(float %76, float %73, float 0x3FC5555560000000)
	%78 = call float @llvm.fmuladd.f32(float %77, float %73, float 0.5)
	%79 = call float @llvm.fmuladd.f32(float %78, float %73, float 1.0)
	%80 = call float @llvm.fmuladd.f32(float %79, float %73, float 1.0)
	%81 = fptosi float %71 to i32
	%82 = add i32 %81, 127
	%83 = shl i32 %82, 23
	%84 = bitcast i32 %83 to float
	%85 = fmul float %80, %84
	%86 = select i1 %66, float 0.0, float %85
	%87 = mul i64 %60, 2
	%88 = add i64 %87, 1
	%89 = getelementptr inbounds float, float* %20, i64 %88
	%90 = load float, float* %89, align 4
	%91 = call float @llvm.fmuladd.f32(float %86, float %90, float %57)
	%92 = mul i64 %60, 8
	%93 = getelementptr inbounds float, float* %21, i64 %92
	%94 = insertelement <8 x float> undef, float %86, i64 0
	%95 = shufflevector <8 x float> %94, <8 x float> undef, <8 x i32> zeroinitializer
	%96 = getelementptr inbounds float, float* %93, i64 0
	%97 = bitcast float* %96 to <8 x float>*
	%98 = load <8 x float>, <8 x float>* %97, align 4
	%99 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %95, <8 x float> %98, <8 x float> %58)
	%100 = add i64 %56, 1
	br label %loop8

done10:
	%101 = fdiv float 1.0, %57
	%102 = insertelement <8 x float> undef, float %101, i64 0
	%103 = shufflevector <8 x float> %102, <8 x float> undef, <8 x i32> zeroinitializer
	%104 = mul i64 %39, 8
	%105 = getelementptr inbounds float, float* %2, i64 %104
	%106 = fmul <8 x float> %58, %103
	%107 = getelementptr inbounds float, float* %105, i64 0
	%108 = bitcast float* %107 to <8 x float>*
	store <8 x float> %106, <8 x float>* %108, align 4
	%109 = add i64 %39, 1
	br label %loop3

done11:
	br label %join2

join2:
	ret void
}

define void @mtc_k_matmul_add_bf16_k32_n24(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = alloca [132096 x float], align 64
	%1 = alloca [4096 x float], align 64
	%2 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%3 = load i8*, i8** %2, align 8
	%4 = bitcast i8* %3 to float*
	%5 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%6 = load i8*, i8** %5, align 8
	%7 = bitcast i8* %6 to float*
	%8 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%9 = load i8*, i8** %8, align 8
	%10 = bitcast i8* %9 to i16*
	%11 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%12 = load i8*, i8** %11, align 8
	%13 = bitcast i8* %12 to float*
	%14 = getelementptr inbounds i64, i64* %ints, i64 0
	%15 = load i64, i64* %14, align 8
	%16 = icmp sgt i64 %begin, 0
	%17 = select i1 %16, i64 %begin, i64 0
	%18 = add i64 0, 24
	%19 = icmp slt i64 %end, %18
	%20 = select i1 %19, i64 %end, i64 %18
	%21 = icmp slt i64 %17, %20
	br i1 %21, label %then1, label %join2

then1:
	%22 = icmp sge i64 %15, 6
	br i1 %22, label %then3, label %else5

then3:
	%23 = getelementptr inbounds [4096 x float], [4096 x float]* %1, i64 0, i64 0
	%24 = getelementptr inbounds [132096 x float], [132096 x float]* %0, i64 0, i64 0
	%25 = add i64 %15, 515
	%26 = sdiv i64 %25, 516
	%27 = sub i64 %26, 1
	%28 = add i64 %15, %27
	%29 = sdiv i64 %28, %26
	%30 = add i64 %29, 5
	%31 = sdiv i64 %30, 6
	%32 = mul i64 %31, 6
	br label %loop6

else5:
	%33 = icmp eq i64 %15, 1
	br i1 %33, label %then51, label %else53

loop6:
	%34 = phi i64 [ 0, %then3 ], [ %1608, %done49 ]
	%35 = icmp slt i64 %34, %26
	br i1 %35, label %body7, label %done50

body7:
	%36 = mul i64 %34, %32
	%37 = add i64 %36, %32
	%38 = icmp slt i64 %37, %15
	%39 = select i1 %38, i64 %37, i64 %15
	%40 = sub i64 %39, %36
	%41 = add i64 %40, 5
	%42 = sdiv i64 %41, 6
	br label %loop8

loop8:
	%43 = phi i64 [ 0, %body7 ], [ %169, %done12 ]
	%44 = icmp slt i64 %43, %42
	br i1 %44, label %body9, label %done13

body9:
	%45 = mul i64 %43, 6
	%46 = add i64 %36, %45
	%47 = sub i64 %39, %46
	%48 = icmp slt i64 0, %47
	%49 = add i64 %46, 0
	%50 = select i1 %48, i64 %49, i64 %46
	%51 = mul i64 %50, 32
	%52 = add i64 %51, 0
	%53 = getelementptr inbounds float, float* %7, i64 %52
	%54 = icmp slt i64 1, %47
	%55 = add i64 %46, 1
	%56 = select i1 %54, i64 %55, i64 %46
	%57 = mul i64 %56, 32
	%58 = add i64 %57, 0
	%59 = getelementptr inbounds float, float* %7, i64 %58
	%60 = icmp slt i64 2, %47
	%61 = add i64 %46, 2
	%62 = select i1 %60, i64 %61, i64 %46
	%63 = mul i64 %62, 32
	%64 = add i64 %63, 0
	%65 = getelementptr inbounds float, float* %7, i64 %64
	%66 = icmp slt i64 3, %47
	%67 = add i64 %46, 3
	%68 = select i1 %66, i64 %67, i64 %46
	%69 = mul i64 %68, 32
	%70 = add i64 %69, 0
	%71 = getelementptr inbounds float, float* %7, i64 %70
	%72 = icmp slt i64 4, %47
	%73 = add i64 %46, 4
	%74 = select i1 %72, i64 %73, i64 %46
	%75 = mul i64 %74, 32
	%76 = add i64 %75, 0
	%77 = getelementptr inbounds float, float* %7, i64 %76
	%78 = icmp slt i64 5, %47
	%79 = add i64 %46, 5
	%80 = select i1 %78, i64 %79, i64 %46
	%81 = mul i64 %80, 32
	%82 = add i64 %81, 0
	%83 = getelementptr inbounds float, float* %7, i64 %82
	%84 = mul i64 %43, 1536
	%85 = getelementptr inbounds float, float* %24, i64 %84
	br label %loop10

loop10:
	%86 = phi i64 [ 0, %body9 ], [ %168, %body11 ]
	%87 = icmp slt i64 %86, 32
	br i1 %87, label %body11, label %done12

body11:
	%88 = getelementptr inbounds float, float* %53, i64 %86
	%89 = bitcast float* %88 to <8 x float>*
	%90 = load <8 x float>, <8 x float>* %89, align 4
	%91 = select i1 %48, <8 x float> %90, <8 x float> zeroinitializer
	%92 = getelementptr inbounds float, float* %59, i64 %86
	%93 = bitcast float* %92 to <8 x float>*
	%94 = load <8 x float>, <8 x float>* %93, align 4
	%95 = select i1 %54, <8 x float> %94, <8 x float> zeroinitializer
	%96 = getelementptr inbounds float, float* %65, i64 %86
	%97 = bitcast float* %96 to <8 x float>*
	%98 = load <8 x float>, <8 x float>* %97, align 4
	%99 = select i1 %60, <8 x float> %98, <8 x float> zeroinitializer
	%100 = getelementptr inbounds float, float* %71, i64 %86
	%101 = bitcast float* %100 to <8 x float>*
	%102 = load <8 x float>, <8 x float>* %101, align 4
	%103 = select i1 %66, <8 x float> %102, <8 x float> zeroinitializer
	%104 = getelementptr inbounds float, float* %77, i64 %86
	%105 = bitcast float* %104 to <8 x float>*
	%106 = load <8 x float>, <8 x float>* %105, align 4
	%107 = select i1 %72, <8 x float> %106, <8 x float> zeroinitializer
	%108 = getelementptr inbounds float, float* %83, i64 %86
	%109 = bitcast float* %108 to <8 x float>*
	%110 = load <8 x float>, <8 x float>* %109, align 4
	%111 = select i1 %78, <8 x float> %110, <8 x float> zeroinitializer
	%112 = shufflevector <8 x float> %91, <8 x float> %107, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%113 = shufflevector <8 x float> %91, <8 x float> %107, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%114 = shufflevector <8 x float> %95, <8 x float> %111, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%115 = shufflevector <8 x float> %95, <8 x float> %111, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%116 = shufflevector <8 x float> %99, <8 x float> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%117 = shufflevector <8 x float> %99, <8 x float> zeroinitializer, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%118 = shufflevector <8 x float> %103, <8 x float> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%119 = shufflevector <8 x float> %103, <8 x float> zeroinitializer, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%120 = shufflevector <8 x float> %112, <8 x float> %116, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%121 = shufflevector <8 x float> %112, <8 x float> %116, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%122 = shufflevector <8 x float> %114, <8 x float> %118, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%123 = shufflevector <8 x float> %114, <8 x float> %118, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%124 = shufflevector <8 x float> %113, <8 x float> %117, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%125 = shufflevector <8 x float> %113, <8 x float> %117, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%126 = shufflevector <8 x float> %115, <8 x float> %119, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%127 = shufflevector <8 x float> %115, <8 x float> %119, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%128 = shufflevector <8 x float> %120, <8 x float> %122, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%129 = shufflevector <8 x float> %120, <8 x float> %122, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%130 = shufflevector <8 x float> %121, <8 x float> %123, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%131 = shufflevector <8 x float> %121, <8 x float> %123, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%132 = shufflevector <8 x float> %124, <8 x float> %126, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%133 = shufflevector <8 x float> %124, <8 x float> %126, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%134 = shufflevector <8 x float> %125, <8 x float> %127, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%135 = shufflevector <8 x float> %125, <8 x float> %127, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%136 = add i64 %86, 0
	%137 = mul i64 %136, 6
	%138 = getelementptr inbounds float, float* %85, i64 %137
	%139 = bitcast float* %138 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %128, <8 x float>* %139, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%140 = add i64 %86, 1
	%141 = mul i64 %140, 6
	%142 = getelementptr inbounds float, float* %85, i64 %141
	%143 = bitcast float* %142 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %129, <8 x float>* %143, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%144 = add i64 %86, 2
	%145 = mul i64 %144, 6
	%146 = getelementptr inbounds float, float* %85, i64 %145
	%147 = bitcast float* %146 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %130, <8 x float>* %147, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%148 = add i64 %86, 3
	%149 = mul i64 %148, 6
	%150 = getelementptr inbounds float, float* %85, i64 %149
	%151 = bitcast float* %150 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %131, <8 x float>* %151, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%152 = add i64 %86, 4
	%153 = mul i64 %152, 6
	%154 = getelementptr inbounds float, float* %85, i64 %153
	%155 = bitcast float* %154 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %132, <8 x float>* %155, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%156 = add i64 %86, 5
	%157 = mul i64 %156, 6
	%158 = getelementptr inbounds float, float* %85, i64 %157
	%159 = bitcast float* %158 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %133, <8 x float>* %159, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%160 = add i64 %86, 6
	%161 = mul i64 %160, 6
	%162 = getelementptr inbounds float, float* %85, i64 %161
	%163 = bitcast float* %162 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %163, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%164 = add i64 %86, 7
	%165 = mul i64 %164, 6
	%166 = getelementptr inbounds float, float* %85, i64 %165
	%167 = bitcast float* %166 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %135, <8 x float>* %167, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%168 = add i64 %86, 8
	br label %loop10

done12:
	%169 = add i64 %43, 1
	br label %loop8

done13:
	%170 = sub i64 %39, %36
	%171 = sdiv i64 %170, 6
	%172 = mul i64 %171, 6
	%173 = add i64 %36, %172
	%174 = sub i64 %39, %173
	br label %loop14

loop14:
	%175 = phi i64 [ %17, %done13 ], [ %1607, %join35 ]
	%176 = icmp slt i64 %175, %20
	br i1 %176, label %body15, label %done49

body15:
	%177 = add i64 %175, 0
	%178 = icmp slt i64 %177, %20
	%179 = select i1 %178, i64 %177, i64 %175
	%180 = sub i64 %179, 0
	%181 = mul i64 %180, 32
	%182 = add i64 %181, 0
	%183 = getelementptr inbounds i16, i16* %10, i64 %182
	%184 = add i64 %175, 1
	%185 = icmp slt i64 %184, %20
	%186 = select i1 %185, i64 %184, i64 %175
	%187 = sub i64 %186, 0
	%188 = mul i64 %187, 32
	%189 = add i64 %188, 0
	%190 = getelementptr inbounds i16, i16* %10, i64 %189
	%191 = add i64 %175, 2
	%192 = icmp slt i64 %191, %20
	%193 = select i1 %192, i64 %191, i64 %175
	%194 = sub i64 %193, 0
	%195 = mul i64 %194, 32
	%196 = add i64 %195, 0
	%197 = getelementptr inbounds i16, i16* %10, i64 %196
	%198 = add i64 %175, 3
	%199 = icmp slt i64 %198, %20
	%200 = select i1 %199, i64 %198, i64 %175
	%201 = sub i64 %200, 0
	%202 = mul i64 %201, 32
	%203 = add i64 %202, 0
	%204 = getelementptr inbounds i16, i16* %10, i64 %203
	%205 = add i64 %175, 4
	%206 = icmp slt i64 %205, %20
	%207 = select i1 %206, i64 %205, i64 %175
	%208 = sub i64 %207, 0
	%209 = mul i64 %208, 32
	%210 = add i64 %209, 0
	%211 = getelementptr inbounds i16, i16* %10, i64 %210
	%212 = add i64 %175, 5
	%213 = icmp slt i64 %212, %20
	%214 = select i1 %213, i64 %212, i64 %175
	%215 = sub i64 %214, 0
	%216 = mul i64 %215, 32
	%217 = add i64 %216, 0
	%218 = getelementptr inbounds i16, i16* %10, i64 %217
	%219 = add i64 %175, 6
	%220 = icmp slt i64 %219, %20
	%221 = select i1 %220, i64 %219, i64 %175
	%222 = sub i64 %221, 0
	%223 = mul i64 %222, 32
	%224 = add i64 %223, 0
	%225 = getelementptr inbounds i16, i16* %10, i64 %224
	%226 = add i64 %175, 7
	%227 = icmp slt i64 %226, %20
	%228 = select i1 %227, i64 %226, i64 %175
	%229 = sub i64 %228, 0
	%230 = mul i64 %229, 32
	%231 = add i64 %230, 0
	%232 = getelementptr inbounds i16, i16* %10, i64 %231
	br label %loop16

loop16:
	%233 = phi i64 [ 0, %body15 ], [ %355, %body17 ]
	%234 = icmp slt i64 %233, 32
	br i1 %234, label %body17, label %done18

body17:
	%235 = getelementptr inbounds i16, i16* %183, i64 %233
	%236 = bitcast i16* %235 to <8 x i16>*
	%237 = load <8 x i16>, <8 x i16>* %236, align 2
	%238 = zext <8 x i16> %237 to <8 x i32>
	%239 = shl <8 x i32> %238, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%240 = bitcast <8 x i32> %239 to <8 x float>
	%241 = select i1 %178, <8 x float> %240, <8 x float> zeroinitializer
	%242 = getelementptr inbounds i16, i16* %190, i64 %233
	%243 = bitcast i16* %242 to <8 x i16>*
	%244 = load <8 x i16>, <8 x i16>* %243, align 2
	%245 = zext <8 x i16> %244 to <8 x i32>
	%246 = shl <8 x i32> %245, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%247 = bitcast <8 x i32> %246 to <8 x float>
	%248 = select i1 %185, <8 x float> %247, <8 x float> zeroinitializer
	%249 = getelementptr inbounds i16, i16* %197, i64 %233
	%250 = bitcast i16* %249 to <8 x i16>*
	%251 = load <8 x i16>, <8 x i16>* %250, align 2
	%252 = zext <8 x i16> %251 to <8 x i32>
	%253 = shl <8 x i32> %252, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%254 = bitcast <8 x i32> %253 to <8 x float>
	%255 = select i1 %192, <8 x float> %254, <8 x float> zeroinitializer
	%256 = getelementptr inbounds i16, i16* %204, i64 %233
	%257 = bitcast i16* %256 to <8 x i16>*
	%258 = load <8 x i16>, <8 x i16>* %257, align 2
	%259 = zext <8 x i16> %258 to <8 x i32>
	%260 = shl <8 x i32> %259, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%261 = bitcast <8 x i32> %260 to <8 x float>
	%262 = select i1 %199, <8 x float> %261, <8 x float> zeroinitializer
	%263 = getelementptr inbounds i16, i16* %211, i64 %233
	%264 = bitcast i16* %263 to <8 x i16>*
	%265 = load <8 x i16>, <8 x i16>* %264, align 2
	%266 = zext <8 x i16> %265 to <8 x i32>
	%267 = shl <8 x i32> %266, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%268 = bitcast <8 x i32> %267 to <8 x float>
	%269 = select i1 %206, <8 x float> %268, <8 x float> zeroinitializer
	%270 = getelementptr inbounds i16, i16* %218, i64 %233
	%271 = bitcast i16* %270 to <8 x i16>*
	%272 = load <8 x i16>, <8 x i16>* %271, align 2
	%273 = zext <8 x i16> %272 to <8 x i32>
	%274 = shl <8 x i32> %273, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%275 = bitcast <8 x i32> %274 to <8 x float>
	%276 = select i1 %213, <8 x float> %275, <8 x float> zeroinitializer
	%277 = getelementptr inbounds i16, i16* %225, i64 %233
	%278 = bitcast i16* %277 to <8 x i16>*
	%279 = load <8 x i16>, <8 x i16>* %278, align 2
	%280 = zext <8 x i16> %279 to <8 x i32>
	%281 = shl <8 x i32> %280, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%282 = bitcast <8 x i32> %281 to <8 x float>
	%283 = select i1 %220, <8 x float> %282, <8 x float> zeroinitializer
	%284 = getelementptr inbounds i16, i16* %232, i64 %233
	%285 = bitcast i16* %284 to <8 x i16>*
	%286 = load <8 x i16>, <8 x i16>* %285, align 2
	%287 = zext <8 x i16> %286 to <8 x i32>
	%288 = shl <8 x i32> %287, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%289 = bitcast <8 x i32> %288 to <8 x float>
	%290 = select i1 %227, <8 x float> %289, <8 x float> zeroinitializer
	%291 = shufflevector <8 x float> %241, <8 x float> %269, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%292 = shufflevector <8 x float> %241, <8 x float> %269, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%293 = shufflevector <8 x float> %248, <8 x float> %276, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%294 = shufflevector <8 x float> %248, <8 x float> %276, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%295 = shufflevector <8 x float> %255, <8 x float> %283, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%296 = shufflevector <8 x float> %255, <8 x float> %283, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%297 = shufflevector <8 x float> %262, <8 x float> %290, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%298 = shufflevector <8 x float> %262, <8 x float> %290, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%299 = shufflevector <8 x float> %291, <8 x float> %295, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%300 = shufflevector <8 x float> %291, <8 x float> %295, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%301 = shufflevector <8 x float> %293, <8 x float> %297, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%302 = shufflevector <8 x float> %293, <8 x float> %297, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%303 = shufflevector <8 x float> %292, <8 x float> %296, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%304 = shufflevector <8 x float> %292, <8 x float> %296, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%305 = shufflevector <8 x float> %294, <8 x float> %298, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%306 = shufflevector <8 x float> %294, <8 x float> %298, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%307 = shufflevector <8 x float> %299, <8 x float> %301, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%308 = shufflevector <8 x float> %299, <8 x float> %301, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%309 = shufflevector <8 x float> %300, <8 x float> %302, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%310 = shufflevector <8 x float> %300, <8 x float> %302, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%311 = shufflevector <8 x float> %303, <8 x float> %305, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%312 = shufflevector <8 x float> %303, <8 x float> %305, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%313 = shufflevector <8 x float> %304, <8 x float> %306, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%314 = shufflevector <8 x float> %304, <8 x float> %306, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%315 = add i64 %233, 0
	%316 = mul i64 %315, 16
	%317 = add i64 %316, 0
	%318 = getelementptr inbounds float, float* %23, i64 %317
	%319 = bitcast float* %318 to <8 x float>*
	store <8 x float> %307, <8 x float>* %319, align 4
	%320 = add i64 %233, 1
	%321 = mul i64 %320, 16
	%322 = add i64 %321, 0
	%323 = getelementptr inbounds float, float* %23, i64 %322
	%324 = bitcast float* %323 to <8 x float>*
	store <8 x float> %308, <8 x float>* %324, align 4
	%325 = add i64 %233, 2
	%326 = mul i64 %325, 16
	%327 = add i64 %326, 0
	%328 = getelementptr inbounds float, float* %23, i64 %327
	%329 = bitcast float* %328 to <8 x float>*
	store <8 x float> %309, <8 x float>* %329, align 4
	%330 = add i64 %233, 3
	%331 = mul i64 %330, 16
	%332 = add i64 %331, 0
	%333 = getelementptr inbounds float, float* %23, i64 %332
	%334 = bitcast float* %333 to <8 x float>*
	store <8 x float> %310, <8 x float>* %334, align 4
	%335 = add i64 %233, 4
	%336 = mul i64 %335, 16
	%337 = add i64 %336, 0
	%338 = getelementptr inbounds float, float* %23, i64 %337
	%339 = bitcast float* %338 to <8 x float>*
	store <8 x float> %311, <8 x float>* %339, align 4
	%340 = add i64 %233, 5
	%341 = mul i64 %340, 16
	%342 = add i64 %341, 0
	%343 = getelementptr inbounds float, float* %23, i64 %342
	%344 = bitcast float* %343 to <8 x float>*
	store <8 x float> %312, <8 x float>* %344, align 4
	%345 = add i64 %233, 6
	%346 = mul i64 %345, 16
	%347 = add i64 %346, 0
	%348 = getelementptr inbounds float, float* %23, i64 %347
	%349 = bitcast float* %348 to <8 x float>*
	store <8 x float> %313, <8 x float>* %349, align 4
	%350 = add i64 %233, 7
	%351 = mul i64 %350, 16
	%352 = add i64 %351, 0
	%353 = getelementptr inbounds float, float* %23, i64 %352
	%354 = bitcast float* %353 to <8 x float>*
	store <8 x float> %314, <8 x float>* %354, align 4
	%355 = add i64 %233, 8
	br label %loop16

done18:
	%356 = add i64 %175, 8
	%357 = icmp slt i64 %356, %20
	%358 = select i1 %357, i64 %356, i64 %175
	%359 = sub i64 %358, 0
	%360 = mul i64 %359, 32
	%361 = add i64 %360, 0
	%362 = getelementptr inbounds i16, i16* %10, i64 %361
	%363 = add i64 %175, 9
	%364 = icmp slt i64 %363, %20
	%365 = select i1 %364, i64 %363, i64 %175
	%366 = sub i64 %365, 0
	%367 = mul i64 %366, 32
	%368 = add i64 %367, 0
	%369 = getelementptr inbounds i16, i16* %10, i64 %368
	%370 = add i64 %175, 10
	%371 = icmp slt i64 %370, %20
	%372 = select i1 %371, i64 %370, i64 %175
	%373 = sub i64 %372, 0
	%374 = mul i64 %373, 32
	%375 = add i64 %374, 0
	%376 = getelementptr inbounds i16, i16* %10, i64 %375
	%377 = add i64 %175, 11
	%378 = icmp slt i64 %377, %20
	%379 = select i1 %378, i64 %377, i64 %175
	%380 = sub i64 %379, 0
	%381 = mul i64 %380, 32
	%382 = add i64 %381, 0
	%383 = getelementptr inbounds i16, i16* %10, i64 %382
	%384 = add i64 %175, 12
	%385 = icmp slt i64 %384, %20
	%386 = select i1 %385, i64 %384, i64 %175
	%387 = sub i64 %386, 0
	%388 = mul i64 %387, 32
	%389 = add i64 %388, 0
	%390 = getelementptr inbounds i16, i16* %10, i64 %389
	%391 = add i64 %175, 13
	%392 = icmp slt i64 %391, %20
	%393 = select i1 %392, i64 %391, i64 %175
	%394 = sub i64 %393, 0
	%395 = mul i64 %394, 32
	%396 = add i64 %395, 0
	%397 = getelementptr inbounds i16, i16* %10, i64 %396
	%398 = add i64 %175, 14
	%399 = icmp slt i64 %398, %20
	%400 = select i1 %399, i64 %398, i64 %175
	%401 = sub i64 %400, 0
	%402 = mul i64 %401, 32
	%403 = add i64 %402, 0
	%404 = getelementptr inbounds i16, i16* %10, i64 %403
	%405 = add i64 %175, 15
	%406 = icmp slt i64 %405, %20
	%407 = select i1 %406, i64 %405, i64 %175
	%408 = sub i64 %407, 0
	%409 = mul i64 %408, 32
	%410 = add i64 %409, 0
	%411 = getelementptr inbounds i16, i16* %10, i64 %410
	br label %loop19

loop19:
	%412 = phi i64 [ 0, %done18 ], [ %534, %body20 ]
	%413 = icmp slt i64 %412, 32
	br i1 %413, label %body20, label %done21

body20:
	%414 = getelementptr inbounds i16, i16* %362, i64 %412
	%415 = bitcast i16* %414 to <8 x i16>*
	%416 = load <8 x i16>, <8 x i16>* %415, align 2
	%417 = zext <8 x i16> %416 to <8 x i32>
	%418 = shl <8 x i32> %417, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%419 = bitcast <8 x i32> %418 to <8 x float>
	%420 = select i1 %357, <8 x float> %419, <8 x float> zeroinitializer
	%421 = getelementptr inbounds i16, i16* %369, i64 %412
	%422 = bitcast i16* %421 to <8 x i16>*
	%423 = load <8 x i16>, <8 x i16>* %422, align 2
	%424 = zext <8 x i16> %423 to <8 x i32>
	%425 = shl <8 x i32> %424, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%426 = bitcast <8 x i32> %425 to <8 x float>
	%427 = select i1 %364, <8 x float> %426, <8 x float> zeroinitializer
	%428 = getelementptr inbounds i16, i16* %376, i64 %412
	%429 = bitcast i16* %428 to <8 x i16>*
	%430 = load <8 x i16>, <8 x i16>* %429, align 2
	%431 = zext <8 x i16> %430 to <8 x i32>
	%432 = shl <8 x i32> %431, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%433 = bitcast <8 x i32> %432 to <8 x float>
	%434 = select i1 %371, <8 x float> %433, <8 x float> zeroinitializer
	%435 = getelementptr inbounds i16, i16* %383, i64 %412
	%436 = bitcast i16* %435 to <8 x i16>*
	%437 = load <8 x i16>, <8 x i16>* %436, align 2
	%438 = zext <8 x i16> %437 to <8 x i32>
	%439 = shl <8 x i32> %438, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%440 = bitcast <8 x i32> %439 to <8 x float>
	%441 = select i1 %378, <8 x float> %440, <8 x float> zeroinitializer
	%442 = getelementptr inbounds i16, i16* %390, i64 %412
	%443 = bitcast i16* %442 to <8 x i16>*
	%444 = load <8 x i16>, <8 x i16>* %443, align 2
	%445 = zext <8 x i16> %444 to <8 x i32>
	%446 = shl <8 x i32> %445, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%447 = bitcast <8 x i32> %446 to <8 x float>
	%448 = select i1 %385, <8 x float> %447, <8 x float> zeroinitializer
	%449 = getelementptr inbounds i16, i16* %397, i64 %412
	%450 = bitcast i16* %449 to <8 x i16>*
	%451 = load <8 x i16>, <8 x i16>* %450, align 2
	%452 = zext <8 x i16> %451 to <8 x i32>
	%453 = shl <8 x i32> %452, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%454 = bitcast <8 x i32> %453 to <8 x float>
	%455 = select i1 %392, <8 x float> %454, <8 x float> zeroinitializer
	%456 = getelementptr inbounds i16, i16* %404, i64 %412
	%457 = bitcast i16* %456 to <8 x i16>*
	%458 = load <8 x i16>, <8 x i16>* %457, align 2
	%459 = zext <8 x i16> %458 to <8 x i32>
	%460 = shl <8 x i32> %459, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%461 = bitcast <8 x i32> %460 to <8 x float>
	%462 = select i1 %399, <8 x float> %461, <8 x float> zeroinitializer
	%463 = getelementptr inbounds i16, i16* %411, i64 %412
	%464 = bitcast i16* %463 to <8 x i16>*
	%465 = load <8 x i16>, <8 x i16>* %464, align 2
	%466 = zext <8 x i16> %465 to <8 x i32>
	%467 = shl <8 x i32> %466, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%468 = bitcast <8 x i32> %467 to <8 x float>
	%469 = select i1 %406, <8 x float> %468, <8 x float> zeroinitializer
	%470 = shufflevector <8 x float> %420, <8 x float> %448, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%471 = shufflevector <8 x float> %420, <8 x float> %448, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%472 = shufflevector <8 x float> %427, <8 x float> %455, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%473 = shufflevector <8 x float> %427, <8 x float> %455, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%474 = shufflevector <8 x float> %434, <8 x float> %462, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%475 = shufflevector <8 x float> %434, <8 x float> %462, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%476 = shufflevector <8 x float> %441, <8 x float> %469, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%477 = shufflevector <8 x float> %441, <8 x float> %469, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%478 = shufflevector <8 x float> %470, <8 x float> %474, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%479 = shufflevector <8 x float> %470, <8 x float> %474, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%480 = shufflevector <8 x float> %472, <8 x float> %476, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%481 = shufflevector <8 x float> %472, <8 x float> %476, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%482 = shufflevector <8 x float> %471, <8 x float> %475, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%483 = shufflevector <8 x float> %471, <8 x float> %475, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%484 = shufflevector <8 x float> %473, <8 x float> %477, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%485 = shufflevector <8 x float> %473, <8 x float> %477, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%486 = shufflevector <8 x float> %478, <8 x float> %480, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%487 = shufflevector <8 x float> %478, <8 x float> %480, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%488 = shufflevector <8 x float> %479, <8 x float> %481, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%489 = shufflevector <8 x float> %479, <8 x float> %481, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%490 = shufflevector <8 x float> %482, <8 x float> %484, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%491 = shufflevector <8 x float> %482, <8 x float> %484, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%492 = shufflevector <8 x float> %483, <8 x float> %485, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%493 = shufflevector <8 x float> %483, <8 x float> %485, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%494 = add i64 %412, 0
	%495 = mul i64 %494, 16
	%496 = add i64 %495, 8
	%497 = getelementptr inbounds float, float* %23, i64 %496
	%498 = bitcast float* %497 to <8 x float>*
	store <8 x float> %486, <8 x float>* %498, align 4
	%499 = add i64 %412, 1
	%500 = mul i64 %499, 16
	%501 = add i64 %500, 8
	%502 = getelementptr inbounds float, float* %23, i64 %501
	%503 = bitcast float* %502 to <8 x float>*
	store <8 x float> %487, <8 x float>* %503, align 4
	%504 = add i64 %412, 2
	%505 = mul i64 %504, 16
	%506 = add i64 %505, 8
	%507 = getelementptr inbounds float, float* %23, i64 %506
	%508 = bitcast float* %507 to <8 x float>*
	store <8 x float> %488, <8 x float>* %508, align 4
	%509 = add i64 %412, 3
	%510 = mul i64 %509, 16
	%511 = add i64 %510, 8
	%512 = getelementptr inbounds float, float* %23, i64 %511
	%513 = bitcast float* %512 to <8 x float>*
	store <8 x float> %489, <8 x float>* %513, align 4
	%514 = add i64 %412, 4
	%515 = mul i64 %514, 16
	%516 = add i64 %515, 8
	%517 = getelementptr inbounds float, float* %23, i64 %516
	%518 = bitcast float* %517 to <8 x float>*
	store <8 x float> %490, <8 x float>* %518, align 4
	%519 = add i64 %412, 5
	%520 = mul i64 %519, 16
	%521 = add i64 %520, 8
	%522 = getelementptr inbounds float, float* %23, i64 %521
	%523 = bitcast float* %522 to <8 x float>*
	store <8 x float> %491, <8 x float>* %523, align 4
	%524 = add i64 %412, 6
	%525 = mul i64 %524, 16
	%526 = add i64 %525, 8
	%527 = getelementptr inbounds float, float* %23, i64 %526
	%528 = bitcast float* %527 to <8 x float>*
	store <8 x float> %492, <8 x float>* %528, align 4
	%529 = add i64 %412, 7
	%530 = mul i64 %529, 16
	%531 = add i64 %530, 8
	%532 = getelementptr inbounds float, float* %23, i64 %531
	%533 = bitcast float* %532 to <8 x float>*
	store <8 x float> %493, <8 x float>* %533, align 4
	%534 = add i64 %412, 8
	br label %loop19

done21:
	%535 = add i64 %175, 16
	br label %loop22

loop22:
	%536 = phi i64 [ %36, %done21 ], [ %1134, %done32 ]
	%537 = icmp slt i64 %536, %173
	br i1 %537, label %body23, label %done33

body23:
	%538 = sub i64 %536, %36
	%539 = sdiv i64 %538, 6
	%540 = srem i64 %539, 16
	%541 = add i64 %535, %540
	%542 = sub i64 %20, %175
	%543 = sub i64 %542, 0
	%544 = sub i64 %542, 8
	%545 = sub i64 %536, %36
	%546 = sdiv i64 %545, 6
	%547 = mul i64 %546, 1536
	%548 = srem i64 %545, 6
	%549 = add i64 %547, %548
	%550 = getelementptr inbounds float, float* %24, i64 %549
	%551 = sub i64 %541, 0
	%552 = mul i64 %551, 32
	%553 = add i64 %552, 0
	%554 = getelementptr inbounds i16, i16* %10, i64 %553
	%555 = bitcast i16* %554 to i8*
	br label %loop24

loop24:
	%556 = phi i64 [ 0, %body23 ], [ %696, %join27 ]
	%557 = phi <8 x float> [ zeroinitializer, %body23 ], [ %659, %join27 ]
	%558 = phi <8 x float> [ zeroinitializer, %body23 ], [ %660, %join27 ]
	%559 = phi <8 x float> [ zeroinitializer, %body23 ], [ %666, %join27 ]
	%560 = phi <8 x float> [ zeroinitializer, %body23 ], [ %667, %join27 ]
	%561 = phi <8 x float> [ zeroinitializer, %body23 ], [ %673, %join27 ]
	%562 = phi <8 x float> [ zeroinitializer, %body23 ], [ %674, %join27 ]
	%563 = phi <8 x float> [ zeroinitializer, %body23 ], [ %680, %join27 ]
	%564 = phi <8 x float> [ zeroinitializer, %body23 ], [ %681, %join27 ]
	%565 = phi <8 x float> [ zeroinitializer, %body23 ], [ %687, %join27 ]
	%566 = phi <8 x float> [ zeroinitializer, %body23 ], [ %688, %join27 ]
	%567 = phi <8 x float> [ zeroinitializer, %body23 ], [ %694, %join27 ]
	%568 = phi <8 x float> [ zeroinitializer, %body23 ], [ %695, %join27 ]
	%569 = icmp slt i64 %556, 7
	br i1 %569, label %body25, label %done29

body25:
	%570 = add i64 %536, 6
	%571 = sdiv i64 %556, 1
	%572 = add i64 %570, %571
	%573 = srem i64 %556, 1
	%574 = mul i64 %573, 16
	%575 = add i64 %175, %574
	%576 = mul i64 %572, 24
	%577 = add i64 %576, %575
	%578 = getelementptr inbounds float, float* %4, i64 %577
	%579 = bitcast float* %578 to i8*
	%580 = sub i64 %556, 6
	%581 = mul i64 %580, 64
	%582 = getelementptr inbounds i8, i8* %555, i64 %581
	%583 = icmp slt i64 %556, 6
	br i1 %583, label %then26, label %else28

then26:
	%584 = bitcast i8* %579 to i8*
	call void @llvm.prefetch.p0i8(i8* %584, i32 0, i32 3, i32 1)
	br label %join27

else28:
	%585 = bitcast i8* %582 to i8*
	call void @llvm.prefetch.p0i8(i8* %585, i32 0, i32 2, i32 1)
	br label %join27

join27:
	%586 = mul i64 %556, 2
	%587 = add i64 %586, 0
	%588 = mul i64 %587, 16
	%589 = add i64 %588, 0
	%590 = getelementptr inbounds float, float* %23, i64 %589
	%591 = bitcast float* %590 to <8 x float>*
	%592 = load <8 x float>, <8 x float>* %591, align 4
	%593 = mul i64 %587, 16
	%594 = add i64 %593, 8
	%595 = getelementptr inbounds float, float* %23, i64 %594
	%596 = bitcast float* %595 to <8 x float>*
	%597 = load <8 x float>, <8 x float>* %596, align 4
	%598 = mul i64 %587, 6
	%599 = add i64 %598, 0
	%600 = getelementptr inbounds float, float* %550, i64 %599
	%601 = load float, float* %600, align 4
	%602 = insertelement <8 x float> undef, float %601, i64 0
	%603 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
	%604 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %603, <8 x float> %592, <8 x float> %557)
	%605 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %603, <8 x float> %597, <8 x float> %558)
	%606 = add i64 %598, 1
	%607 = getelementptr inbounds float, float* %550, i64 %606
	%608 = load float, float* %607, align 4
	%609 = insertelement <8 x float> undef, float %608, i64 0
	%610 = shufflevector <8 x float> %609, <8 x float> undef, <8 x i32> zeroinitializer
	%611 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %610, <8 x float> %592, <8 x float> %559)
	%612 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %610, <8 x float> %597, <8 x float> %560)
	%613 = add i64 %598, 2
	%614 = getelementptr inbounds float, float* %550, i64 %613
	%615 = load float, float* %614, align 4
	%616 = insertelement <8 x float> undef, float %615, i64 0
	%617 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
	%618 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %617, <8 x float> %592, <8 x float> %561)
	%619 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %617, <8 x float> %597, <8 x float> %562)
	%620 = add i64 %598, 3
	%621 = getelementptr inbounds float, float* %550, i64 %620
	%622 = load float, float* %621, align 4
	%623 = insertelement <8 x float> undef, float %622, i64 0
	%624 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
	%625 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %624, <8 x float> %592, <8 x float> %563)
	%626 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %624, <8 x float> %597, <8 x float> %564)
	%627 = add i64 %598, 4
	%628 = getelementptr inbounds float, float* %550, i64 %627
	%629 = load float, float* %628, align 4
	%630 = insertelement <8 x float> undef, float %629, i64 0
	%631 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
	%632 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %631, <8 x float> %592, <8 x float> %565)
	%633 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %631, <8 x float> %597, <8 x float> %566)
	%634 = add i64 %598, 5
	%635 = getelementptr inbounds float, float* %550, i64 %634
	%636 = load float, float* %635, align 4
	%637 = insertelement <8 x float> undef, float %636, i64 0
	%638 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
	%639 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %638, <8 x float> %592, <8 x float> %567)
	%640 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %638, <8 x float> %597, <8 x float> %568)
	%641 = mul i64 %556, 2
	%642 = add i64 %641, 1
	%643 = mul i64 %642, 16
	%644 = add i64 %643, 0
	%645 = getelementptr inbounds float, float* %23, i64 %644
	%646 = bitcast float* %645 to <8 x float>*
	%647 = load <8 x float>, <8 x float>* %646, align 4
	%648 = mul i64 %642, 16
	%649 = add i64 %648, 8
	%650 = getelementptr inbounds float, float* %23, i64 %649
	%651 = bitcast float* %650 to <8 x float>*
	%652 = load <8 x float>, <8 x float>* %651, align 4
	%653 = mul i64 %642, 6
	%654 = add i64 %653, 0
	%655 = getelementptr inbounds float, float* %550, i64 %654
	%656 = load float, float* %655, align 4
	%657 = insertelement <8 x float> undef, float %656, i64 0
	%658 = shufflevector <8 x float> %657, <8 x float> undef, <8 x i32> zeroinitializer
	%659 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %658, <8 x float> %647, <8 x float> %604)
	%660 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %658, <8 x float> %652, <8 x float> %605)
	%661 = add i64 %653, 1
	%662 = getelementptr inbounds float, float* %550, i64 %661
	%663 = load float, float* %662, align 4
	%664 = insertelement <8 x float> undef, float %663, i64 0
	%665 = shufflevector <8 x float> %664, <8 x float> undef, <8 x i32> zeroinitializer
	%666 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %665, <8 x float> %647, <8 x float> %611)
	%667 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %665, <8 x float> %652, <8 x float> %612)
	%668 = add i64 %653, 2
	%669 = getelementptr inbounds float, float* %550, i64 %668
	%670 = load float, float* %669, align 4
	%671 = insertelement <8 x float> undef, float %670, i64 0
	%672 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
	%673 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %672, <8 x float> %647, <8 x float> %618)
	%674 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %672, <8 x float> %652, <8 x float> %619)
	%675 = add i64 %653, 3
	%676 = getelementptr inbounds float, float* %550, i64 %675
	%677 = load float, float* %676, align 4
	%678 = insertelement <8 x float> undef, float %677, i64 0
	%679 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
	%680 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %679, <8 x float> %647, <8 x float> %625)
	%681 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %679, <8 x float> %652, <8 x float> %626)
	%682 = add i64 %653, 4
	%683 = getelementptr inbounds float, float* %550, i64 %682
	%684 = load float, float* %683, align 4
	%685 = insertelement <8 x float> undef, float %684, i64 0
	%686 = shufflevector <8 x float> %685, <8 x float> undef, <8 x i32> zeroinitializer
	%687 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %686, <8 x float> %647, <8 x float> %632)
	%688 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %686, <8 x float> %652, <8 x float> %633)
	%689 = add i64 %653, 5
	%690 = getelementptr inbounds float, float* %550, i64 %689
	%691 = load float, float* %690, align 4
	%692 = insertelement <8 x float> undef, float %691, i64 0
	%693 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
	%694 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %693, <8 x float> %647, <8 x float> %639)
	%695 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %693, <8 x float> %652, <8 x float> %640)
	%696 = add i64 %556, 1
	br label %loop24

done29:
	br label %loop30

loop30:
	%697 = phi i64 [ 7, %done29 ], [ %821, %body31 ]
	%698 = phi <8 x float> [ %557, %done29 ], [ %784, %body31 ]
	%699 = phi <8 x float> [ %558, %done29 ], [ %785, %body31 ]
	%700 = phi <8 x float> [ %559, %done29 ], [ %791, %body31 ]
	%701 = phi <8 x float> [ %560, %done29 ], [ %792, %body31 ]
	%702 = phi <8 x float> [ %561, %done29 ], [ %798, %body31 ]
	%703 = phi <8 x float> [ %562, %done29 ], [ %799, %body31 ]
	%704 = phi <8 x float> [ %563, %done29 ], [ %805, %body31 ]
	%705 = phi <8 x float> [ %564, %done29 ], [ %806, %body31 ]
	%706 = phi <8 x float> [ %565, %done29 ], [ %812, %body31 ]
	%707 = phi <8 x float> [ %566, %done29 ], [ %813, %body31 ]
	%708 = phi <8 x float> [ %567, %done29 ], [ %819, %body31 ]
	%709 = phi <8 x float> [ %568, %done29 ], [ %820, %body31 ]
	%710 = icmp slt i64 %697, 16
	br i1 %710, label %body31, label %done32

body31:
	%711 = mul i64 %697, 2
	%712 = add i64 %711, 0
	%713 = mul i64 %712, 16
	%714 = add i64 %713, 0
	%715 = getelementptr inbounds float, float* %23, i64 %714
	%716 = bitcast float* %715 to <8 x float>*
	%717 = load <8 x float>, <8 x float>* %716, align 4
	%718 = mul i64 %712, 16
	%719 = add i64 %718, 8
	%720 = getelementptr inbounds float, float* %23, i64 %719
	%721 = bitcast float* %720 to <8 x float>*
	%722 = load <8 x float>, <8 x float>* %721, align 4
	%723 = mul i64 %712, 6
	%724 = add i64 %723, 0
	%725 = getelementptr inbounds float, float* %550, i64 %724
	%726 = load float, float* %725, align 4
	%727 = insertelement <8 x float> undef, float %726, i64 0
	%728 = shufflevector <8 x float> %727, <8 x float> undef, <8 x i32> zeroinitializer
	%729 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %728, <8 x float> %717, <8 x float> %698)
	%730 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %728, <8 x float> %722, <8 x float> %699)
	%731 = add i64 %723, 1
	%732 = getelementptr inbounds float, float* %550, i64 %731
	%733 = load float, float* %732, align 4
	%734 = insertelement <8 x float> undef, float %733, i64 0
	%735 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
	%736 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %735, <8 x float> %717, <8 x float> %700)
	%737 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %735, <8 x float> %722, <8 x float> %701)
	%738 = add i64 %723, 2
	%739 = getelementptr inbounds float, float* %550, i64 %738
	%740 = load float, float* %739, align 4
	%741 = insertelement <8 x float> undef, float %740, i64 0
	%742 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
	%743 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %742, <8 x float> %717, <8 x float> %702)
	%744 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %742, <8 x float> %722, <8 x float> %703)
	%745 = add i64 %723, 3
	%746 = getelementptr inbounds float, float* %550, i64 %745
	%747 = load float, float* %746, align 4
	%748 = insertelement <8 x float> undef, float %747, i64 0
	%749 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
	%750 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %749, <8 x float> %717, <8 x float> %704)
	%751 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %749, <8 x float> %722, <8 x float> %705)
	%752 = add i64 %723, 4
	%753 = getelementptr inbounds float, float* %550, i64 %752
	%754 = load float, float* %753, align 4
	%755 = insertelement <8 x float> undef, float %754, i64 0
	%756 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
	%757 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %756, <8 x float> %717, <8 x float> %706)
	%758 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %756, <8 x float> %722, <8 x float> %707)
	%759 = add i64 %723, 5
	%760 = getelementptr inbounds float, float* %550, i64 %759
	%761 = load float, float* %760, align 4
	%762 = insertelement <8 x float> undef, float %761, i64 0
	%763 = shufflevector <8 x float> %762, <8 x float> undef, <8 x i32> zeroinitializer
	%764 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %763, <8 x float> %717, <8 x float> %708)
	%765 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %763, <8 x float> %722, <8 x float> %709)
	%766 = mul i64 %697, 2
	%767 = add i64 %766, 1
	%768 = mul i64 %767, 16
	%769 = add i64 %768, 0
	%770 = getelementptr inbounds float, float* %23, i64 %769
	%771 = bitcast float* %770 to <8 x float>*
	%772 = load <8 x float>, <8 x float>* %771, align 4
	%773 = mul i64 %767, 16
	%774 = add i64 %773, 8
	%775 = getelementptr inbounds float, float* %23, i64 %774
	%776 = bitcast float* %775 to <8 x float>*
	%777 = load <8 x float>, <8 x float>* %776, align 4
	%778 = mul i64 %767, 6
	%779 = add i64 %778, 0
	%780 = getelementptr inbounds float, float* %550, i64 %779
	%781 = load float, float* %780, align 4
	%782 = insertelement <8 x float> undef, float %781, i64 0
	%783 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
	%784 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %783, <8 x float> %772, <8 x float> %729)
	%785 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %783, <8 x float> %777, <8 x float> %730)
	%786 = add i64 %778, 1
	%787 = getelementptr inbounds float, float* %550, i64 %786
	%788 = load float, float* %787, align 4
	%789 = insertelement <8 x float> undef, float %788, i64 0
	%790 = shufflevector <8 x float> %789, <8 x float> undef, <8 x i32> zeroinitializer
	%791 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %790, <8 x float> %772, <8 x float> %736)
	%792 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %790, <8 x float> %777, <8 x float> %737)
	%793 = add i64 %778, 2
	%794 = getelementptr inbounds float, float* %550, i64 %793
	%795 = load float, float* %794, align 4
	%796 = insertelement <8 x float> undef, float %795, i64 0
	%797 = shufflevector <8 x float> %796, <8 x float> undef, <8 x i32> zeroinitializer
	%798 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %797, <8 x float> %772, <8 x float> %743)
	%799 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %797, <8 x float> %777, <8 x float> %744)
	%800 = add i64 %778, 3
	%801 = getelementptr inbounds float, float* %550, i64 %800
	%802 = load float, float* %801, align 4
	%803 = insertelement <8 x float> undef, float %802, i64 0
	%804 = shufflevector <8 x float> %803, <8 x float> undef, <8 x i32> zeroinitializer
	%805 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %804, <8 x float> %772, <8 x float> %750)
	%806 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %804, <8 x float> %777, <8 x float> %751)
	%807 = add i64 %778, 4
	%808 = getelementptr inbounds float, float* %550, i64 %807
	%809 = load float, float* %808, align 4
	%810 = insertelement <8 x float> undef, float %809, i64 0
	%811 = shufflevector <8 x float> %810, <8 x float> undef, <8 x i32> zeroinitializer
	%812 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %811, <8 x float> %772, <8 x float> %757)
	%813 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %811, <8 x float> %777, <8 x float> %758)
	%814 = add i64 %778, 5
	%815 = getelementptr inbounds float, float* %550, i64 %814
	%816 = load float, float* %815, align 4
	%817 = insertelement <8 x float> undef, float %816, i64 0
	%818 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
	%819 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %818, <8 x float> %772, <8 x float> %764)
	%820 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %818, <8 x float> %777, <8 x float> %765)
	%821 = add i64 %697, 1
	br label %loop30

done32:
	%822 = add i64 %536, 0
	%823 = mul i64 %822, 24
	%824 = add i64 %175, 0
	%825 = add i64 %823, %824
	%826 = getelementptr inbounds float, float* %13, i64 %825
	%827 = bitcast float* %826 to <8 x float>*
	%828 = icmp slt i64 %543, 8
	%829 = select i1 %828, i64 %543, i64 8
	%830 = icmp sgt i64 %829, 0
	%831 = select i1 %830, i64 %829, i64 0
	%832 = trunc i64 %831 to i32
	%833 = insertelement <8 x i32> undef, i32 %832, i64 0
	%834 = shufflevector <8 x i32> %833, <8 x i32> undef, <8 x i32> zeroinitializer
	%835 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %834
	%836 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %827, i32 4, <8 x i1> %835, <8 x float> zeroinitializer)
	%837 = fadd <8 x float> %698, %836
	%838 = getelementptr inbounds float, float* %4, i64 %825
	%839 = bitcast float* %838 to <8 x float>*
	%840 = icmp slt i64 %543, 8
	%841 = select i1 %840, i64 %543, i64 8
	%842 = icmp sgt i64 %841, 0
	%843 = select i1 %842, i64 %841, i64 0
	%844 = trunc i64 %843 to i32
	%845 = insertelement <8 x i32> undef, i32 %844, i64 0
	%846 = shufflevector <8 x i32> %845, <8 x i32> undef, <8 x i32> zeroinitializer
	%847 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %846
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %837, <8 x float>* %839, i32 4, <8 x i1> %847)
	%848 = add i64 %536, 0
	%849 = mul i64 %848, 24
	%850 = add i64 %175, 8
	%851 = add i64 %849, %850
	%852 = getelementptr inbounds float, float* %13, i64 %851
	%853 = bitcast float* %852 to <8 x float>*
	%854 = icmp slt i64 %544, 8
	%855 = select i1 %854, i64 %544, i64 8
	%856 = icmp sgt i64 %855, 0
	%857 = select i1 %856, i64 %855, i64 0
	%858 = trunc i64 %857 to i32
	%859 = insertelement <8 x i32> undef, i32 %858, i64 0
	%860 = shufflevector <8 x i32> %859, <8 x i32> undef, <8 x i32> zeroinitializer
	%861 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %860
	%862 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %853, i32 4, <8 x i1> %861, <8 x float> zeroinitializer)
	%863 = fadd <8 x float> %699, %862
	%864 = getelementptr inbounds float, float* %4, i64 %851
	%865 = bitcast float* %864 to <8 x float>*
	%866 = icmp slt i64 %544, 8
	%867 = select i1 %866, i64 %544, i64 8
	%868 = icmp sgt i64 %867, 0
	%869 = select i1 %868, i64 %867, i64 0
	%870 = trunc i64 %869 to i32
	%871 = insertelement <8 x i32> undef, i32 %870, i64 0
	%872 = shufflevector <8 x i32> %871, <8 x i32> undef, <8 x i32> zeroinitializer
	%873 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %872
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %863, <8 x float>* %865, i32 4, <8 x i1> %873)
	%874 = add i64 %536, 1
	%875 = mul i64 %874, 24
	%876 = add i64 %175, 0
	%877 = add i64 %875, %876
	%878 = getelementptr inbounds float, float* %13, i64 %877
	%879 = bitcast float* %878 to <8 x float>*
	%880 = icmp slt i64 %543, 8
	%881 = select i1 %880, i64 %543, i64 8
	%882 = icmp sgt i64 %881, 0
	%883 = select i1 %882, i64 %881, i64 0
	%884 = trunc i64 %883 to i32
	%885 = insertelement <8 x i32> undef, i32 %884, i64 0
	%886 = shufflevector <8 x i32> %885, <8 x i32> undef, <8 x i32> zeroinitializer
	%887 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %886
	%888 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %879, i32 4, <8 x i1> %887, <8 x float> zeroinitializer)
	%889 = fadd <8 x float> %700, %888
	%890 = getelementptr inbounds float, float* %4, i64 %877
	%891 = bitcast float* %890 to <8 x float>*
	%892 = icmp slt i64 %543, 8
	%893 = select i1 %892, i64 %543, i64 8
	%894 = icmp sgt i64 %893, 0
	%895 = select i1 %894, i64 %893, i64 0
	%896 = trunc i64 %895 to i32
	%897 = insertelement <8 x i32> undef, i32 %896, i64 0
	%898 = shufflevector <8 x i32> %897, <8 x i32> undef, <8 x i32> zeroinitializer
	%899 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %898
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %889, <8 x float>* %891, i32 4, <8 x i1> %899)
	%900 = add i64 %536, 1
	%901 = mul i64 %900, 24
	%902 = add i64 %175, 8
	%903 = add i64 %901, %902
	%904 = getelementptr inbounds float, float* %13, i64 %903
	%905 = bitcast float* %904 to <8 x float>*
	%906 = icmp slt i64 %544, 8
	%907 = select i1 %906, i64 %544, i64 8
	%908 = icmp sgt i64 %907, 0
	%909 = select i1 %908, i64 %907, i64 0
	%910 = trunc i64 %909 to i32
	%911 = insertelement <8 x i32> undef, i32 %910, i64 0
	%912 = shufflevector <8 x i32> %911, <8 x i32> undef, <8 x i32> zeroinitializer
	%913 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %912
	%914 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %905, i32 4, <8 x i1> %913, <8 x float> zeroinitializer)
	%915 = fadd <8 x float> %701, %914
	%916 = getelementptr inbounds float, float* %4, i64 %903
	%917 = bitcast float* %916 to <8 x float>*
	%918 = icmp slt i64 %544, 8
	%919 = select i1 %918, i64 %544, i64 8
	%920 = icmp sgt i64 %919, 0
	%921 = select i1 %920, i64 %919, i64 0
	%922 = trunc i64 %921 to i32
	%923 = insertelement <8 x i32> undef, i32 %922, i64 0
	%924 = shufflevector <8 x i32> %923, <8 x i32> undef, <8 x i32> zeroinitializer
	%925 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %924
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %915, <8 x float>* %917, i32 4, <8 x i1> %925)
	%926 = add i64 %536, 2
	%927 = mul i64 %926, 24
	%928 = add i64 %175, 0
	%929 = add i64 %927, %928
	%930 = getelementptr inbounds float, float* %13, i64 %929
	%931 = bitcast float* %930 to <8 x float>*
	%932 = icmp slt i64 %543, 8
	%933 = select i1 %932, i64 %543, i64 8
	%934 = icmp sgt i64 %933, 0
	%935 = select i1 %934, i64 %933, i64 0
	%936 = trunc i64 %935 to i32
	%937 = insertelement <8 x i32> undef, i32 %936, i64 0
	%938 = shufflevector <8 x i32> %937, <8 x i32> undef, <8 x i32> zeroinitializer
	%939 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %938
	%940 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %931, i32 4, <8 x i1> %939, <8 x float> zeroinitializer)
	%941 = fadd <8 x float> %702, %940
	%942 = getelementptr inbounds float, float* %4, i64 %929
	%943 = bitcast float* %942 to <8 x float>*
	%944 = icmp slt i64 %543, 8
	%945 = select i1 %944, i64 %543, i64 8
	%946 = icmp sgt i64 %945, 0
	%947 = select i1 %946, i64 %945, i64 0
	%948 = trunc i64 %947 to i32
	%949 = insertelement <8 x i32> undef, i32 %948, i64 0
	%950 = shufflevector <8 x i32> %949, <8 x i32> undef, <8 x i32> zeroinitializer
	%951 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %950
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %941, <8 x float>* %943, i32 4, <8 x i1> %951)
	%952 = add i64 %536, 2
	%953 = mul i64 %952, 24
	%954 = add i64 %175, 8
	%955 = add i64 %953, %954
	%956 = getelementptr inbounds float, float* %13, i64 %955
	%957 = bitcast float* %956 to <8 x float>*
	%958 = icmp slt i64 %544, 8
	%959 = select i1 %958, i64 %544, i64 8
	%960 = icmp sgt i64 %959, 0
	%961 = select i1 %960, i64 %959, i64 0
	%962 = trunc i64 %961 to i32
	%963 = insertelement <8 x i32> undef, i32 %962, i64 0
	%964 = shufflevector <8 x i32> %963, <8 x i32> undef, <8 x i32> zeroinitializer
	%965 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %964
	%966 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %957, i32 4, <8 x i1> %965, <8 x float> zeroinitializer)
	%967 = fadd <8 x float> %703, %966
	%968 = getelementptr inbounds float, float* %4, i64 %955
	%969 = bitcast float* %968 to <8 x float>*
	%970 = icmp slt i64 %544, 8
	%971 = select i1 %970, i64 %544, i64 8
	%972 = icmp sgt i64 %971, 0
	%973 = select i1 %972, i64 %971, i64 0
	%974 = trunc i64 %973 to i32
	%975 = insertelement <8 x i32> undef, i32 %974, i64 0
	%976 = shufflevector <8 x i32> %975, <8 x i32> undef, <8 x i32> zeroinitializer
	%977 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %976
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %967, <8 x float>* %969, i32 4, <8 x i1> %977)
	%978 = add i64 %536, 3
	%979 = mul i64 %978, 24
	%980 = add i64 %175, 0
	%981 = add i64 %979, %980
	%982 = getelementptr inbounds float, float* %13, i64 %981
	%983 = bitcast float* %982 to <8 x float>*
	%984 = icmp slt i64 %543, 8
	%985 = select i1 %984, i64 %543, i64 8
	%986 = icmp sgt i64 %985, 0
	%987 = select i1 %986, i64 %985, i64 0
	%988 = trunc i64 %987 to i32
	%989 = insertelement <8 x i32> undef, i32 %988, i64 0
	%990 = shufflevector <8 x i32> %989, <8 x i32> undef, <8 x i32> zeroinitializer
	%991 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %990
	%992 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %983, i32 4, <8 x i1> %991, <8 x float> zeroinitializer)
	%993 = fadd <8 x float> %704, %992
	%994 = getelementptr inbounds float, float* %4, i64 %981
	%995 = bitcast float* %994 to <8 x float>*
	%996 = icmp slt i64 %543, 8
	%997 = select i1 %996, i64 %543, i64 8
	%998 = icmp sgt i64 %997, 0
	%999 = select i1 %998, i64 %997, i64 0
	%1000 = trunc i64 %999 to i32
	%1001 = insertelement <8 x i32> undef, i32 %1000, i64 0
	%1002 = shufflevector <8 x i32> %1001, <8 x i32> undef, <8 x i32> zeroinitializer
	%1003 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1002
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %993, <8 x float>* %995, i32 4, <8 x i1> %1003)
	%1004 = add i64 %536, 3
	%1005 = mul i64 %1004, 24
	%1006 = add i64 %175, 8
	%1007 = add i64 %1005, %1006
	%1008 = getelementptr inbounds float, float* %13, i64 %1007
	%1009 = bitcast float* %1008 to <8 x float>*
	%1010 = icmp slt i64 %544, 8
	%1011 = select i1 %1010, i64 %544, i64 8
	%1012 = icmp sgt i64 %1011, 0
	%1013 = select i1 %1012, i64 %1011, i64 0
	%1014 = trunc i64 %1013 to i32
	%1015 = insertelement <8 x i32> undef, i32 %1014, i64 0
	%1016 = shufflevector <8 x i32> %1015, <8 x i32> undef, <8 x i32> zeroinitializer
	%1017 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1016
	%1018 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1009, i32 4, <8 x i1> %1017, <8 x float> zeroinitializer)
	%1019 = fadd <8 x float> %705, %1018
	%1020 = getelementptr inbounds float, float* %4, i64 %1007
	%1021 = bitcast float* %1020 to <8 x float>*
	%1022 = icmp slt i64 %544, 8
	%1023 = select i1 %1022, i64 %544, i64 8
	%1024 = icmp sgt i64 %1023, 0
	%1025 = select i1 %1024, i64 %1023, i64 0
	%1026 = trunc i64 %1025 to i32
	%1027 = insertelement <8 x i32> undef, i32 %1026, i64 0
	%1028 = shufflevector <8 x i32> %1027, <8 x i32> undef, <8 x i32> zeroinitializer
	%1029 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1028
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1019, <8 x float>* %1021, i32 4, <8 x i1> %1029)
	%1030 = add i64 %536, 4
	%1031 = mul i64 %1030, 24
	%1032 = add i64 %175, 0
	%1033 = add i64 %1031, %1032
	%1034 = getelementptr inbounds float, float* %13, i64 %1033
	%1035 = bitcast float* %1034 to <8 x float>*
	%1036 = icmp slt i64 %543, 8
	%1037 = select i1 %1036, i64 %543, i64 8
	%1038 = icmp sgt i64 %1037, 0
	%1039 = select i1 %1038, i64 %1037, i64 0
	%1040 = trunc i64 %1039 to i32
	%1041 = insertelement <8 x i32> undef, i32 %1040, i64 0
	%1042 = shufflevector <8 x i32> %1041, <8 x i32> undef, <8 x i32> zeroinitializer
	%1043 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1042
	%1044 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1035, i32 4, <8 x i1> %1043, <8 x float> zeroinitializer)
	%1045 = fadd <8 x float> %706, %1044
	%1046 = getelementptr inbounds float, float* %4, i64 %1033
	%1047 = bitcast float* %1046 to <8 x float>*
	%1048 = icmp slt i64 %543, 8
	%1049 = select i1 %1048, i64 %543, i64 8
	%1050 = icmp sgt i64 %1049, 0
	%1051 = select i1 %1050, i64 %1049, i64 0
	%1052 = trunc i64 %1051 to i32
	%1053 = insertelement <8 x i32> undef, i32 %1052, i64 0
	%1054 = shufflevector <8 x i32> %1053, <8 x i32> undef, <8 x i32> zeroinitializer
	%1055 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1054
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1045, <8 x float>* %1047, i32 4, <8 x i1> %1055)
	%1056 = add i64 %536, 4
	%1057 = mul i64 %1056, 24
	%1058 = add i64 %175, 8
	%1059 = add i64 %1057, %1058
	%1060 = getelementptr inbounds float, float* %13, i64 %1059
	%1061 = bitcast float* %1060 to <8 x float>*
	%1062 = icmp slt i64 %544, 8
	%1063 = select i1 %1062, i64 %544, i64 8
	%1064 = icmp sgt i64 %1063, 0
	%1065 = select i1 %1064, i64 %1063, i64 0
	%1066 = trunc i64 %1065 to i32
	%1067 = insertelement <8 x i32> undef, i32 %1066, i64 0
	%1068 = shufflevector <8 x i32> %1067, <8 x i32> undef, <8 x i32> zeroinitializer
	%1069 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1068
	%1070 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1061, i32 4, <8 x i1> %1069, <8 x float> zeroinitializer)
	%1071 = fadd <8 x float> %707, %1070
	%1072 = getelementptr inbounds float, float* %4, i64 %1059
	%1073 = bitcast float* %1072 to <8 x float>*
	%1074 = icmp slt i64 %544, 8
	%1075 = select i1 %1074, i64 %544, i64 8
	%1076 = icmp sgt i64 %1075, 0
	%1077 = select i1 %1076, i64 %1075, i64 0
	%1078 = trunc i64 %1077 to i32
	%1079 = insertelement <8 x i32> undef, i32 %1078, i64 0
	%1080 = shufflevector <8 x i32> %1079, <8 x i32> undef, <8 x i32> zeroinitializer
	%1081 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1080
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1071, <8 x float>* %1073, i32 4, <8 x i1> %1081)
	%1082 = add i64 %536, 5
	%1083 = mul i64 %1082, 24
	%1084 = add i64 %175, 0
	%1085 = add i64 %1083, %1084
	%1086 = getelementptr inbounds float, float* %13, i64 %1085
	%1087 = bitcast float* %1086 to <8 x float>*
	%1088 = icmp slt i64 %543, 8
	%1089 = select i1 %1088, i64 %543, i64 8
	%1090 = icmp sgt i64 %1089, 0
	%1091 = select i1 %1090, i64 %1089, i64 0
	%1092 = trunc i64 %1091 to i32
	%1093 = insertelement <8 x i32> undef, i32 %1092, i64 0
	%1094 = shufflevector <8 x i32> %1093, <8 x i32> undef, <8 x i32> zeroinitializer
	%1095 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1094
	%1096 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1087, i32 4, <8 x i1> %1095, <8 x float> zeroinitializer)
	%1097 = fadd <8 x float> %708, %1096
	%1098 = getelementptr inbounds float, float* %4, i64 %1085
	%1099 = bitcast float* %1098 to <8 x float>*
	%1100 = icmp slt i64 %543, 8
	%1101 = select i1 %1100, i64 %543, i64 8
	%1102 = icmp sgt i64 %1101, 0
	%1103 = select i1 %1102, i64 %1101, i64 0
	%1104 = trunc i64 %1103 to i32
	%1105 = insertelement <8 x i32> undef, i32 %1104, i64 0
	%1106 = shufflevector <8 x i32> %1105, <8 x i32> undef, <8 x i32> zeroinitializer
	%1107 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1106
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1097, <8 x float>* %1099, i32 4, <8 x i1> %1107)
	%1108 = add i64 %536, 5
	%1109 = mul i64 %1108, 24
	%1110 = add i64 %175, 8
	%1111 = add i64 %1109, %1110
	%1112 = getelementptr inbounds float, float* %13, i64 %1111
	%1113 = bitcast float* %1112 to <8 x float>*
	%1114 = icmp slt i64 %544, 8
	%1115 = select i1 %1114, i64 %544, i64 8
	%1116 = icmp sgt i64 %1115, 0
	%1117 = select i1 %1116, i64 %1115, i64 0
	%1118 = trunc i64 %1117 to i32
	%1119 = insertelement <8 x i32> undef, i32 %1118, i64 0
	%1120 = shufflevector <8 x i32> %1119, <8 x i32> undef, <8 x i32> zeroinitializer
	%1121 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1120
	%1122 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1113, i32 4, <8 x i1> %1121, <8 x float> zeroinitializer)
	%1123 = fadd <8 x float> %709, %1122
	%1124 = getelementptr inbounds float, float* %4, i64 %1111
	%1125 = bitcast float* %1124 to <8 x float>*
	%1126 = icmp slt i64 %544, 8
	%1127 = select i1 %1126, i64 %544, i64 8
	%1128 = icmp sgt i64 %1127, 0
	%1129 = select i1 %1128, i64 %1127, i64 0
	%1130 = trunc i64 %1129 to i32
	%1131 = insertelement <8 x i32> undef, i32 %1130, i64 0
	%1132 = shufflevector <8 x i32> %1131, <8 x i32> undef, <8 x i32> zeroinitializer
	%1133 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1132
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1123, <8 x float>* %1125, i32 4, <8 x i1> %1133)
	%1134 = add i64 %536, 6
	br label %loop22

done33:
	%1135 = icmp sgt i64 %174, 0
	br i1 %1135, label %then34, label %join35

then34:
	%1136 = sub i64 %20, %175
	%1137 = sub i64 %1136, 0
	%1138 = sub i64 %1136, 8
	%1139 = sub i64 %173, %36
	%1140 = sdiv i64 %1139, 6
	%1141 = mul i64 %1140, 1536
	%1142 = srem i64 %1139, 6
	%1143 = add i64 %1141, %1142
	%1144 = getelementptr inbounds float, float* %24, i64 %1143
	br label %loop36

loop36:
	%1145 = phi i64 [ 0, %then34 ], [ %1269, %body37 ]
	%1146 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1232, %body37 ]
	%1147 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1233, %body37 ]
	%1148 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1239, %body37 ]
	%1149 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1240, %body37 ]
	%1150 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1246, %body37 ]
	%1151 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1247, %body37 ]
	%1152 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1253, %body37 ]
	%1153 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1254, %body37 ]
	%1154 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1260, %body37 ]
	%1155 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1261, %body37 ]
	%1156 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1267, %body37 ]
	%1157 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1268, %body37 ]
	%1158 = icmp slt i64 %1145, 16
	br i1 %1158, label %body37, label %done38

body37:
	%1159 = mul i64 %1145, 2
	%1160 = add i64 %1159, 0
	%1161 = mul i64 %1160, 16
	%1162 = add i64 %1161, 0
	%1163 = getelementptr inbounds float, float* %23, i64 %1162
	%1164 = bitcast float* %1163 to <8 x float>*
	%1165 = load <8 x float>, <8 x float>* %1164, align 4
	%1166 = mul i64 %1160, 16
	%1167 = add i64 %1166, 8
	%1168 = getelementptr inbounds float, float* %23, i64 %1167
	%1169 = bitcast float* %1168 to <8 x float>*
	%1170 = load <8 x float>, <8 x float>* %1169, align 4
	%1171 = mul i64 %1160, 6
	%1172 = add i64 %1171, 0
	%1173 = getelementptr inbounds float, float* %1144, i64 %1172
	%1174 = load float, float* %1173, align 4
	%1175 = insertelement <8 x float> undef, float %1174, i64 0
	%1176 = shufflevector <8 x float> %1175, <8 x float> undef, <8 x i32> zeroinitializer
	%1177 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1176, <8 x float> %1165, <8 x float> %1146)
	%1178 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1176, <8 x float> %1170, <8 x float> %1147)
	%1179 = add i64 %1171, 1
	%1180 = getelementptr inbounds float, float* %1144, i64 %1179
	%1181 = load float, float* %1180, align 4
	%1182 = insertelement <8 x float> undef, float %1181, i64 0
	%1183 = shufflevector <8 x float> %1182, <8 x float> undef, <8 x i32> zeroinitializer
	%1184 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1183, <8 x float> %1165, <8 x float> %1148)
	%1185 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1183, <8 x float> %1170, <8 x float> %1149)
	%1186 = add i64 %1171, 2
	%1187 = getelementptr inbounds float, float* %1144, i64 %1186
	%1188 = load float, float* %1187, align 4
	%1189 = insertelement <8 x float> undef, float %1188, i64 0
	%1190 = shufflevector <8 x float> %1189, <8 x float> undef, <8 x i32> zeroinitializer
	%1191 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1190, <8 x float> %1165, <8 x float> %1150)
	%1192 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1190, <8 x float> %1170, <8 x float> %1151)
	%1193 = add i64 %1171, 3
	%1194 = getelementptr inbounds float, float* %1144, i64 %1193
	%1195 = load float, float* %1194, align 4
	%1196 = insertelement <8 x float> undef, float %1195, i64 0
	%1197 = shufflevector <8 x float> %1196, <8 x float> undef, <8 x i32> zeroinitializer
	%1198 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1197, <8 x float> %1165, <8 x float> %1152)
	%1199 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1197, <8 x float> %1170, <8 x float> %1153)
	%1200 = add i64 %1171, 4
	%1201 = getelementptr inbounds float, float* %1144, i64 %1200
	%1202 = load float, float* %1201, align 4
	%1203 = insertelement <8 x float> undef, float %1202, i64 0
	%1204 = shufflevector <8 x float> %1203, <8 x float> undef, <8 x i32> zeroinitializer
	%1205 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1204, <8 x float> %1165, <8 x float> %1154)
	%1206 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1204, <8 x float> %1170, <8 x float> %1155)
	%1207 = add i64 %1171, 5
	%1208 = getelementptr inbounds float, float* %1144, i64 %1207
	%1209 = load float, float* %1208, align 4
	%1210 = insertelement <8 x float> undef, float %1209, i64 0
	%1211 = shufflevector <8 x float> %1210, <8 x float> undef, <8 x i32> zeroinitializer
	%1212 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1211, <8 x float> %1165, <8 x float> %1156)
	%1213 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1211, <8 x float> %1170, <8 x float> %1157)
	%1214 = mul i64 %1145, 2
	%1215 = add i64 %1214, 1
	%1216 = mul i64 %1215, 16
	%1217 = add i64 %1216, 0
	%1218 = getelementptr inbounds float, float* %23, i64 %1217
	%1219 = bitcast float* %1218 to <8 x float>*
	%1220 = load <8 x float>, <8 x float>* %1219, align 4
	%1221 = mul i64 %1215, 16
	%1222 = add i64 %1221, 8
	%1223 = getelementptr inbounds float, float* %23, i64 %1222
	%1224 = bitcast float* %1223 to <8 x float>*
	%1225 = load <8 x float>, <8 x float>* %1224, align 4
	%1226 = mul i64 %1215, 6
	%1227 = add i64 %1226, 0
	%1228 = getelementptr inbounds float, float* %1144, i64 %1227
	%1229 = load float, float* %1228, align 4
	%1230 = insertelement <8 x float> undef, float %1229, i64 0
	%1231 = shufflevector <8 x float> %1230, <8 x float> undef, <8 x i32> zeroinitializer
	%1232 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1231, <8 x float> %1220, <8 x float> %1177)
	%1233 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1231, <8 x float> %1225, <8 x float> %1178)
	%1234 = add i64 %1226, 1
	%1235 = getelementptr inbounds float, float* %1144, i64 %1234
	%1236 = load float, float* %1235, align 4
	%1237 = insertelement <8 x float> undef, float %1236, i64 0
	%1238 = shufflevector <8 x float> %1237, <8 x float> undef, <8 x i32> zeroinitializer
	%1239 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1238, <8 x float> %1220, <8 x float> %1184)
	%1240 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1238, <8 x float> %1225, <8 x float> %1185)
	%1241 = add i64 %1226, 2
	%1242 = getelementptr inbounds float, float* %1144, i64 %1241
	%1243 = load float, float* %1242, align 4
	%1244 = insertelement <8 x float> undef, float %1243, i64 0
	%1245 = shufflevector <8 x float> %1244, <8 x float> undef, <8 x i32> zeroinitializer
	%1246 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1245, <8 x float> %1220, <8 x float> %1191)
	%1247 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1245, <8 x float> %1225, <8 x float> %1192)
	%1248 = add i64 %1226, 3
	%1249 = getelementptr inbounds float, float* %1144, i64 %1248
	%1250 = load float, float* %1249, align 4
	%1251 = insertelement <8 x float> undef, float %1250, i64 0
	%1252 = shufflevector <8 x float> %1251, <8 x float> undef, <8 x i32> zeroinitializer
	%1253 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1252, <8 x float> %1220, <8 x float> %1198)
	%1254 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1252, <8 x float> %1225, <8 x float> %1199)
	%1255 = add i64 %1226, 4
	%1256 = getelementptr inbounds float, float* %1144, i64 %1255
	%1257 = load float, float* %1256, align 4
	%1258 = insertelement <8 x float> undef, float %1257, i64 0
	%1259 = shufflevector <8 x float> %1258, <8 x float> undef, <8 x i32> zeroinitializer
	%1260 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1259, <8 x float> %1220, <8 x float> %1205)
	%1261 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1259, <8 x float> %1225, <8 x float> %1206)
	%1262 = add i64 %1226, 5
	%1263 = getelementptr inbounds float, float* %1144, i64 %1262
	%1264 = load float, float* %1263, align 4
	%1265 = insertelement <8 x float> undef, float %1264, i64 0
	%1266 = shufflevector <8 x float> %1265, <8 x float> undef, <8 x i32> zeroinitializer
	%1267 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1266, <8 x float> %1220, <8 x float> %1212)
	%1268 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1266, <8 x float> %1225, <8 x float> %1213)
	%1269 = add i64 %1145, 1
	br label %loop36

done38:
	%1270 = add i64 %173, 0
	%1271 = mul i64 %1270, 24
	%1272 = add i64 %175, 0
	%1273 = add i64 %1271, %1272
	%1274 = getelementptr inbounds float, float* %13, i64 %1273
	%1275 = bitcast float* %1274 to <8 x float>*
	%1276 = icmp slt i64 %1137, 8
	%1277 = select i1 %1276, i64 %1137, i64 8
	%1278 = icmp sgt i64 %1277, 0
	%1279 = select i1 %1278, i64 %1277, i64 0
	%1280 = trunc i64 %1279 to i32
	%1281 = insertelement <8 x i32> undef, i32 %1280, i64 0
	%1282 = shufflevector <8 x i32> %1281, <8 x i32> undef, <8 x i32> zeroinitializer
	%1283 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1282
	%1284 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1275, i32 4, <8 x i1> %1283, <8 x float> zeroinitializer)
	%1285 = fadd <8 x float> %1146, %1284
	%1286 = getelementptr inbounds float, float* %4, i64 %1273
	%1287 = bitcast float* %1286 to <8 x float>*
	%1288 = icmp slt i64 %1137, 8
	%1289 = select i1 %1288, i64 %1137, i64 8
	%1290 = icmp sgt i64 %1289, 0
	%1291 = select i1 %1290, i64 %1289, i64 0
	%1292 = trunc i64 %1291 to i32
	%1293 = insertelement <8 x i32> undef, i32 %1292, i64 0
	%1294 = shufflevector <8 x i32> %1293, <8 x i32> undef, <8 x i32> zeroinitializer
	%1295 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1294
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1285, <8 x float>* %1287, i32 4, <8 x i1> %1295)
	%1296 = add i64 %173, 0
	%1297 = mul i64 %1296, 24
	%1298 = add i64 %175, 8
	%1299 = add i64 %1297, %1298
	%1300 = getelementptr inbounds float, float* %13, i64 %1299
	%1301 = bitcast float* %1300 to <8 x float>*
	%1302 = icmp slt i64 %1138, 8
	%1303 = select i1 %1302, i64 %1138, i64 8
	%1304 = icmp sgt i64 %1303, 0
	%1305 = select i1 %1304, i64 %1303, i64 0
	%1306 = trunc i64 %1305 to i32
	%1307 = insertelement <8 x i32> undef, i32 %1306, i64 0
	%1308 = shufflevector <8 x i32> %1307, <8 x i32> undef, <8 x i32> zeroinitializer
	%1309 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1308
	%1310 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1301, i32 4, <8 x i1> %1309, <8 x float> zeroinitializer)
	%1311 = fadd <8 x float> %1147, %1310
	%1312 = getelementptr inbounds float, float* %4, i64 %1299
	%1313 = bitcast float* %1312 to <8 x float>*
	%1314 = icmp slt i64 %1138, 8
	%1315 = select i1 %1314, i64 %1138, i64 8
	%1316 = icmp sgt i64 %1315, 0
	%1317 = select i1 %1316, i64 %1315, i64 0
	%1318 = trunc i64 %1317 to i32
	%1319 = insertelement <8 x i32> undef, i32 %1318, i64 0
	%1320 = shufflevector <8 x i32> %1319, <8 x i32> undef, <8 x i32> zeroinitializer
	%1321 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1320
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1311, <8 x float>* %1313, i32 4, <8 x i1> %1321)
	%1322 = icmp slt i64 1, %174
	br i1 %1322, label %then39, label %join40

then39:
	%1323 = icmp slt i64 1, %174
	%1324 = select i1 %1323, i64 1, i64 0
	%1325 = add i64 %173, %1324
	%1326 = mul i64 %1325, 24
	%1327 = add i64 %175, 0
	%1328 = add i64 %1326, %1327
	%1329 = getelementptr inbounds float, float* %13, i64 %1328
	%1330 = bitcast float* %1329 to <8 x float>*
	%1331 = icmp slt i64 %1137, 8
	%1332 = select i1 %1331, i64 %1137, i64 8
	%1333 = icmp sgt i64 %1332, 0
	%1334 = select i1 %1333, i64 %1332, i64 0
	%1335 = trunc i64 %1334 to i32
	%1336 = insertelement <8 x i32> undef, i32 %1335, i64 0
	%1337 = shufflevector <8 x i32> %1336, <8 x i32> undef, <8 x i32> zeroinitializer
	%1338 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1337
	%1339 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1330, i32 4, <8 x i1> %1338, <8 x float> zeroinitializer)
	%1340 = fadd <8 x float> %1148, %1339
	%1341 = getelementptr inbounds float, float* %4, i64 %1328
	%1342 = bitcast float* %1341 to <8 x float>*
	%1343 = icmp slt i64 %1137, 8
	%1344 = select i1 %1343, i64 %1137, i64 8
	%1345 = icmp sgt i64 %1344, 0
	%1346 = select i1 %1345, i64 %1344, i64 0
	%1347 = trunc i64 %1346 to i32
	%1348 = insertelement <8 x i32> undef, i32 %1347, i64 0
	%1349 = shufflevector <8 x i32> %1348, <8 x i32> undef, <8 x i32> zeroinitializer
	%1350 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1349
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1340, <8 x float>* %1342, i32 4, <8 x i1> %1350)
	%1351 = icmp slt i64 1, %174
	%1352 = select i1 %1351, i64 1, i64 0
	%1353 = add i64 %173, %1352
	%1354 = mul i64 %1353, 24
	%1355 = add i64 %175, 8
	%1356 = add i64 %1354, %1355
	%1357 = getelementptr inbounds float, float* %13, i64 %1356
	%1358 = bitcast float* %1357 to <8 x float>*
	%1359 = icmp slt i64 %1138, 8
	%1360 = select i1 %1359, i64 %1138, i64 8
	%1361 = icmp sgt i64 %1360, 0
	%1362 = select i1 %1361, i64 %1360, i64 0
	%1363 = trunc i64 %1362 to i32
	%1364 = insertelement <8 x i32> undef, i32 %1363, i64 0
	%1365 = shufflevector <8 x i32> %1364, <8 x i32> undef, <8 x i32> zeroinitializer
	%1366 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1365
	%1367 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1358, i32 4, <8 x i1> %1366, <8 x float> zeroinitializer)
	%1368 = fadd <8 x float> %1149, %1367
	%1369 = getelementptr inbounds float, float* %4, i64 %1356
	%1370 = bitcast float* %1369 to <8 x float>*
	%1371 = icmp slt i64 %1138, 8
	%1372 = select i1 %1371, i64 %1138, i64 8
	%1373 = icmp sgt i64 %1372, 0
	%1374 = select i1 %1373, i64 %1372, i64 0
	%1375 = trunc i64 %1374 to i32
	%1376 = insertelement <8 x i32> undef, i32 %1375, i64 0
	%1377 = shufflevector <8 x i32> %1376, <8 x i32> undef, <8 x i32> zeroinitializer
	%1378 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1377
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1368, <8 x float>* %1370, i32 4, <8 x i1> %1378)
	br label %join40

join40:
	%1379 = icmp slt i64 2, %174
	br i1 %1379, label %then41, label %join42

then41:
	%1380 = icmp slt i64 2, %174
	%1381 = select i1 %1380, i64 2, i64 0
	%1382 = add i64 %173, %1381
	%1383 = mul i64 %1382, 24
	%1384 = add i64 %175, 0
	%1385 = add i64 %1383, %1384
	%1386 = getelementptr inbounds float, float* %13, i64 %1385
	%1387 = bitcast float* %1386 to <8 x float>*
	%1388 = icmp slt i64 %1137, 8
	%1389 = select i1 %1388, i64 %1137, i64 8
	%1390 = icmp sgt i64 %1389, 0
	%1391 = select i1 %1390, i64 %1389, i64 0
	%1392 = trunc i64 %1391 to i32
	%1393 = insertelement <8 x i32> undef, i32 %1392, i64 0
	%1394 = shufflevector <8 x i32> %1393, <8 x i32> undef, <8 x i32> zeroinitializer
	%1395 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1394
	%1396 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1387, i32 4, <8 x i1> %1395, <8 x float> zeroinitializer)
	%1397 = fadd <8 x float> %1150, %1396
	%1398 = getelementptr inbounds float, float* %4, i64 %1385
	%1399 = bitcast float* %1398 to <8 x float>*
	%1400 = icmp slt i64 %1137, 8
	%1401 = select i1 %1400, i64 %1137, i64 8
	%1402 = icmp sgt i64 %1401, 0
	%1403 = select i1 %1402, i64 %1401, i64 0
	%1404 = trunc i64 %1403 to i32
	%1405 = insertelement <8 x i32> undef, i32 %1404, i64 0
	%1406 = shufflevector <8 x i32> %1405, <8 x i32> undef, <8 x i32> zeroinitializer
	%1407 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1406
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1397, <8 x float>* %1399, i32 4, <8 x i1> %1407)
	%1408 = icmp slt i64 2, %174
	%1409 = select i1 %1408, i64 2, i64 0
	%1410 = add i64 %173, %1409
	%1411 = mul i64 %1410, 24
	%1412 = add i64 %175, 8
	%1413 = add i64 %1411, %1412
	%1414 = getelementptr inbounds float, float* %13, i64 %1413
	%1415 = bitcast float* %1414 to <8 x float>*
	%1416 = icmp slt i64 %1138, 8
	%1417 = select i1 %1416, i64 %1138, i64 8
	%1418 = icmp sgt i64 %1417, 0
	%1419 = select i1 %1418, i64 %1417, i64 0
	%1420 = trunc i64 %1419 to i32
	%1421 = insertelement <8 x i32> undef, i32 %1420, i64 0
	%1422 = shufflevector <8 x i32> %1421, <8 x i32> undef, <8 x i32> zeroinitializer
	%1423 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1422
	%1424 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1415, i32 4, <8 x i1> %1423, <8 x float> zeroinitializer)
	%1425 = fadd <8 x float> %1151, %1424
	%1426 = getelementptr inbounds float, float* %4, i64 %1413
	%1427 = bitcast float* %1426 to <8 x float>*
	%1428 = icmp slt i64 %1138, 8
	%1429 = select i1 %1428, i64 %1138, i64 8
	%1430 = icmp sgt i64 %1429, 0
	%1431 = select i1 %1430, i64 %1429, i64 0
	%1432 = trunc i64 %1431 to i32
	%1433 = insertelement <8 x i32> undef, i32 %1432, i64 0
	%1434 = shufflevector <8 x i32> %1433, <8 x i32> undef, <8 x i32> zeroinitializer
	%1435 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1434
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1425, <8 x float>* %1427, i32 4, <8 x i1> %1435)
	br label %join42

join42:
	%1436 = icmp slt i64 3, %174
	br i1 %1436, label %then43, label %join44

then43:
	%1437 = icmp slt i64 3, %174
	%1438 = select i1 %1437, i64 3, i64 0
	%1439 = add i64 %173, %1438
	%1440 = mul i64 %1439, 24
	%1441 = add i64 %175, 0
	%1442 = add i64 %1440, %1441
	%1443 = getelementptr inbounds float, float* %13, i64 %1442
	%1444 = bitcast float* %1443 to <8 x float>*
	%1445 = icmp slt i64 %1137, 8
	%1446 = select i1 %1445, i64 %1137, i64 8
	%1447 = icmp sgt i64 %1446, 0
	%1448 = select i1 %1447, i64 %1446, i64 0
	%1449 = trunc i64 %1448 to i32
	%1450 = insertelement <8 x i32> undef, i32 %1449, i64 0
	%1451 = shufflevector <8 x i32> %1450, <8 x i32> undef, <8 x i32> zeroinitializer
	%1452 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1451
	%1453 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1444, i32 4, <8 x i1> %1452, <8 x float> zeroinitializer)
	%1454 = fadd <8 x float> %1152, %1453
	%1455 = getelementptr inbounds float, float* %4, i64 %1442
	%1456 = bitcast float* %1455 to <8 x float>*
	%1457 = icmp slt i64 %1137, 8
	%1458 = select i1 %1457, i64 %1137, i64 8
	%1459 = icmp sgt i64 %1458, 0
	%1460 = select i1 %1459, i64 %1458, i64 0
	%1461 = trunc i64 %1460 to i32
	%1462 = insertelement <8 x i32> undef, i32 %1461, i64 0
	%1463 = shufflevector <8 x i32> %1462, <8 x i32> undef, <8 x i32> zeroinitializer
	%1464 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1463
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1454, <8 x float>* %1456, i32 4, <8 x i1> %1464)
	%1465 = icmp slt i64 3, %174
	%1466 = select i1 %1465, i64 3, i64 0
	%1467 = add i64 %173, %1466
	%1468 = mul i64 %1467, 24
	%1469 = add i64 %175, 8
	%1470 = add i64 %1468, %1469
	%1471 = getelementptr inbounds float, float* %13, i64 %1470
	%1472 = bitcast float* %1471 to <8 x float>*
	%1473 = icmp slt i64 %1138, 8
	%1474 = select i1 %1473, i64 %1138, i64 8
	%1475 = icmp sgt i64 %1474, 0
	%1476 = select i1 %1475, i64 %1474, i64 0
	%1477 = trunc i64 %1476 to i32
	%1478 = insertelement <8 x i32> undef, i32 %1477, i64 0
	%1479 = shufflevector <8 x i32> %1478, <8 x i32> undef, <8 x i32> zeroinitializer
	%1480 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1479
	%1481 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1472, i32 4, <8 x i1> %1480, <8 x float> zeroinitializer)
	%1482 = fadd <8 x float> %1153, %1481
	%1483 = getelementptr inbounds float, float* %4, i64 %1470
	%1484 = bitcast float* %1483 to <8 x float>*
	%1485 = icmp slt i64 %1138, 8
	%1486 = select i1 %1485, i64 %1138, i64 8
	%1487 = icmp sgt i64 %1486, 0
	%1488 = select i1 %1487, i64 %1486, i64 0
	%1489 = trunc i64 %1488 to i32
	%1490 = insertelement <8 x i32> undef, i32 %1489, i64 0
	%1491 = shufflevector <8 x i32> %1490, <8 x i32> undef, <8 x i32> zeroinitializer
	%1492 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1491
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1482, <8 x float>* %1484, i32 4, <8 x i1> %1492)
	br label %join44

join44:
	%1493 = icmp slt i64 4, %174
	br i1 %1493, label %then45, label %join46

then45:
	%1494 = icmp slt i64 4, %174
	%1495 = select i1 %1494, i64 4, i64 0
	%1496 = add i64 %173, %1495
	%1497 = mul i64 %1496, 24
	%1498 = add i64 %175, 0
	%1499 = add i64 %1497, %1498
	%1500 = getelementptr inbounds float, float* %13, i64 %1499
	%1501 = bitcast float* %1500 to <8 x float>*
	%1502 = icmp slt i64 %1137, 8
	%1503 = select i1 %1502, i64 %1137, i64 8
	%1504 = icmp sgt i64 %1503, 0
	%1505 = select i1 %1504, i64 %1503, i64 0
	%1506 = trunc i64 %1505 to i32
	%1507 = insertelement <8 x i32> undef, i32 %1506, i64 0
	%1508 = shufflevector <8 x i32> %1507, <8 x i32> undef, <8 x i32> zeroinitializer
	%1509 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1508
	%1510 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1501, i32 4, <8 x i1> %1509, <8 x float> zeroinitializer)
	%1511 = fadd <8 x float> %1154, %1510
	%1512 = getelementptr inbounds float, float* %4, i64 %1499
	%1513 = bitcast float* %1512 to <8 x float>*
	%1514 = icmp slt i64 %1137, 8
	%1515 = select i1 %1514, i64 %1137, i64 8
	%1516 = icmp sgt i64 %1515, 0
	%1517 = select i1 %1516, i64 %1515, i64 0
	%1518 = trunc i64 %1517 to i32
	%1519 = insertelement <8 x i32> undef, i32 %1518, i64 0
	%1520 = shufflevector <8 x i32> %1519, <8 x i32> undef, <8 x i32> zeroinitializer
	%1521 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1520
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1511, <8 x float>* %1513, i32 4, <8 x i1> %1521)
	%1522 = icmp slt i64 4, %174
	%1523 = select i1 %1522, i64 4, i64 0
	%1524 = add i64 %173, %1523
	%1525 = mul i64 %1524, 24
	%1526 = add i64 %175, 8
	%1527 = add i64 %1525, %1526
	%1528 = getelementptr inbounds float, float* %13, i64 %1527
	%1529 = bitcast float* %1528 to <8 x float>*
	%1530 = icmp slt i64 %1138, 8
	%1531 = select i1 %1530, i64 %1138, i64 8
	%1532 = icmp sgt i64 %1531, 0
	%1533 = select i1 %1532, i64 %1531, i64 0
	%1534 = trunc i64 %1533 to i32
	%1535 = insertelement <8 x i32> undef, i32 %1534, i64 0
	%1536 = shufflevector <8 x i32> %1535, <8 x i32> undef, <8 x i32> zeroinitializer
	%1537 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1536
	%1538 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1529, i32 4, <8 x i1> %1537, <8 x float> zeroinitializer)
	%1539 = fadd <8 x float> %1155, %1538
	%1540 = getelementptr inbounds float, float* %4, i64 %1527
	%1541 = bitcast float* %1540 to <8 x float>*
	%1542 = icmp slt i64 %1138, 8
	%1543 = select i1 %1542, i64 %1138, i64 8
	%1544 = icmp sgt i64 %1543, 0
	%1545 = select i1 %1544, i64 %1543, i64 0
	%1546 = trunc i64 %1545 to i32
	%1547 = insertelement <8 x i32> undef, i32 %1546, i64 0
	%1548 = shufflevector <8 x i32> %1547, <8 x i32> undef, <8 x i32> zeroinitializer
	%1549 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1548
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1539, <8 x float>* %1541, i32 4, <8 x i1> %1549)
	br label %join46

join46:
	%1550 = icmp slt i64 5, %174
	br i1 %1550, label %then47, label %join48

then47:
	%1551 = icmp slt i64 5, %174
	%1552 = select i1 %1551, i64 5, i64 0
	%1553 = add i64 %173, %1552
	%1554 = mul i64 %1553, 24
	%1555 = add i64 %175, 0
	%1556 = add i64 %1554, %1555
	%1557 = getelementptr inbounds float, float* %13, i64 %1556
	%1558 = bitcast float* %1557 to <8 x float>*
	%1559 = icmp slt i64 %1137, 8
	%1560 = select i1 %1559, i64 %1137, i64 8
	%1561 = icmp sgt i64 %1560, 0
	%1562 = select i1 %1561, i64 %1560, i64 0
	%1563 = trunc i64 %1562 to i32
	%1564 = insertelement <8 x i32> undef, i32 %1563, i64 0
	%1565 = shufflevector <8 x i32> %1564, <8 x i32> undef, <8 x i32> zeroinitializer
	%1566 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1565
	%1567 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1558, i32 4, <8 x i1> %1566, <8 x float> zeroinitializer)
	%1568 = fadd <8 x float> %1156, %1567
	%1569 = getelementptr inbounds float, float* %4, i64 %1556
	%1570 = bitcast float* %1569 to <8 x float>*
	%1571 = icmp slt i64 %1137, 8
	%1572 = select i1 %1571, i64 %1137, i64 8
	%1573 = icmp sgt i64 %1572, 0
	%1574 = select i1 %1573, i64 %1572, i64 0
	%1575 = trunc i64 %1574 to i32
	%1576 = insertelement <8 x i32> undef, i32 %1575, i64 0
	%1577 = shufflevector <8 x i32> %1576, <8 x i32> undef, <8 x i32> zeroinitializer
	%1578 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1577
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1568, <8 x float>* %1570, i32 4, <8 x i1> %1578)
	%1579 = icmp slt i64 5, %174
	%1580 = select i1 %1579, i64 5, i64 0
	%1581 = add i64 %173, %1580
	%1582 = mul i64 %1581, 24
	%1583 = add i64 %175, 8
	%1584 = add i64 %1582, %1583
	%1585 = getelementptr inbounds float, float* %13, i64 %1584
	%1586 = bitcast float* %1585 to <8 x float>*
	%1587 = icmp slt i64 %1138, 8
	%1588 = select i1 %1587, i64 %1138, i64 8
	%1589 = icmp sgt i64 %1588, 0
	%1590 = select i1 %1589, i64 %1588, i64 0
	%1591 = trunc i64 %1590 to i32
	%1592 = insertelement <8 x i32> undef, i32 %1591, i64 0
	%1593 = shufflevector <8 x i32> %1592, <8 x i32> undef, <8 x i32> zeroinitializer
	%1594 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1593
	%1595 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1586, i32 4, <8 x i1> %1594, <8 x float> zeroinitializer)
	%1596 = fadd <8 x float> %1157, %1595
	%1597 = getelementptr inbounds float, float* %4, i64 %1584
	%1598 = bitcast float* %1597 to <8 x float>*
	%1599 = icmp slt i64 %1138, 8
	%1600 = select i1 %1599, i64 %1138, i64 8
	%1601 = icmp sgt i64 %1600, 0
	%1602 = select i1 %1601, i64 %1600, i64 0
	%1603 = trunc i64 %1602 to i32
	%1604 = insertelement <8 x i32> undef, i32 %1603, i64 0
	%1605 = shufflevector <8 x i32> %1604, <8 x i32> undef, <8 x i32> zeroinitializer
	%1606 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1605
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1596, <8 x float>* %1598, i32 4, <8 x i1> %1606)
	br label %join48

join48:
	br label %join35

join35:
	%1607 = add i64 %175, 16
	br label %loop14

done49:
	%1608 = add i64 %34, 1
	br label %loop6

done50:
	br label %join4

then51:
	%1609 = sub i64 %20, %17
	%1610 = sdiv i64 %1609, 8
	%1611 = mul i64 %1610, 8
	%1612 = add i64 %17, %1611
	br label %loop54

else53:
	%1613 = sdiv i64 %15, 4
	%1614 = mul i64 %1613, 4
	br label %loop66

loop54:
	%1615 = phi i64 [ %17, %then51 ], [ %2040, %done58 ]
	%1616 = icmp slt i64 %1615, %1612
	br i1 %1616, label %body55, label %done59

body55:
	%1617 = add i64 %1615, 0
	%1618 = sub i64 %1617, 0
	%1619 = mul i64 %1618, 32
	%1620 = getelementptr inbounds i16, i16* %10, i64 %1619
	%1621 = add i64 %1615, 1
	%1622 = sub i64 %1621, 0
	%1623 = mul i64 %1622, 32
	%1624 = getelementptr inbounds i16, i16* %10, i64 %1623
	%1625 = add i64 %1615, 2
	%1626 = sub i64 %1625, 0
	%1627 = mul i64 %1626, 32
	%1628 = getelementptr inbounds i16, i16* %10, i64 %1627
	%1629 = add i64 %1615, 3
	%1630 = sub i64 %1629, 0
	%1631 = mul i64 %1630, 32
	%1632 = getelementptr inbounds i16, i16* %10, i64 %1631
	%1633 = add i64 %1615, 4
	%1634 = sub i64 %1633, 0
	%1635 = mul i64 %1634, 32
	%1636 = getelementptr inbounds i16, i16* %10, i64 %1635
	%1637 = add i64 %1615, 5
	%1638 = sub i64 %1637, 0
	%1639 = mul i64 %1638, 32
	%1640 = getelementptr inbounds i16, i16* %10, i64 %1639
	%1641 = add i64 %1615, 6
	%1642 = sub i64 %1641, 0
	%1643 = mul i64 %1642, 32
	%1644 = getelementptr inbounds i16, i16* %10, i64 %1643
	%1645 = add i64 %1615, 7
	%1646 = sub i64 %1645, 0
	%1647 = mul i64 %1646, 32
	%1648 = getelementptr inbounds i16, i16* %10, i64 %1647
	br label %loop56

loop56:
	%1649 = phi i64 [ 0, %body55 ], [ %1919, %body57 ]
	%1650 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1869, %body57 ]
	%1651 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1876, %body57 ]
	%1652 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1883, %body57 ]
	%1653 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1890, %body57 ]
	%1654 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1897, %body57 ]
	%1655 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1904, %body57 ]
	%1656 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1911, %body57 ]
	%1657 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1918, %body57 ]
	%1658 = icmp slt i64 %1649, 32
	br i1 %1658, label %body57, label %done58

body57:
	%1659 = add i64 %1649, 0
	%1660 = getelementptr inbounds float, float* %7, i64 %1659
	%1661 = bitcast float* %1660 to <8 x float>*
	%1662 = load <8 x float>, <8 x float>* %1661, align 4
	%1663 = add i64 %1659, 256
	%1664 = icmp sge i64 %1663, 32
	%1665 = add i64 %1663, 224
	%1666 = select i1 %1664, i64 %1665, i64 %1663
	%1667 = getelementptr i16, i16* %1620, i64 %1666
	%1668 = bitcast i16* %1667 to i8*
	call void @llvm.prefetch.p0i8(i8* %1668, i32 0, i32 3, i32 1)
	%1669 = getelementptr inbounds i16, i16* %1620, i64 %1659
	%1670 = bitcast i16* %1669 to <8 x i16>*
	%1671 = load <8 x i16>, <8 x i16>* %1670, align 2
	%1672 = zext <8 x i16> %1671 to <8 x i32>
	%1673 = shl <8 x i32> %1672, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1674 = bitcast <8 x i32> %1673 to <8 x float>
	%1675 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1674, <8 x float> %1662, <8 x float> %1650)
	%1676 = getelementptr i16, i16* %1624, i64 %1666
	%1677 = bitcast i16* %1676 to i8*
	call void @llvm.prefetch.p0i8(i8* %1677, i32 0, i32 3, i32 1)
	%1678 = getelementptr inbounds i16, i16* %1624, i64 %1659
	%1679 = bitcast i16* %1678 to <8 x i16>*
	%1680 = load <8 x i16>, <8 x i16>* %1679, align 2
	%1681 = zext <8 x i16> %1680 to <8 x i32>
	%1682 = shl <8 x i32> %1681, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1683 = bitcast <8 x i32> %1682 to <8 x float>
	%1684 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1683, <8 x float> %1662, <8 x float> %1651)
	%1685 = getelementptr i16, i16* %1628, i64 %1666
	%1686 = bitcast i16* %1685 to i8*
	call void @llvm.prefetch.p0i8(i8* %1686, i32 0, i32 3, i32 1)
	%1687 = getelementptr inbounds i16, i16* %1628, i64 %1659
	%1688 = bitcast i16* %1687 to <8 x i16>*
	%1689 = load <8 x i16>, <8 x i16>* %1688, align 2
	%1690 = zext <8 x i16> %1689 to <8 x i32>
	%1691 = shl <8 x i32> %1690, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1692 = bitcast <8 x i32> %1691 to <8 x float>
	%1693 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1692, <8 x float> %1662, <8 x float> %1652)
	%1694 = getelementptr i16, i16* %1632, i64 %1666
	%1695 = bitcast i16* %1694 to i8*
	call void @llvm.prefetch.p0i8(i8* %1695, i32 0, i32 3, i32 1)
	%1696 = getelementptr inbounds i16, i16* %1632, i64 %1659
	%1697 = bitcast i16* %1696 to <8 x i16>*
	%1698 = load <8 x i16>, <8 x i16>* %1697, align 2
	%1699 = zext <8 x i16> %1698 to <8 x i32>
	%1700 = shl <8 x i32> %1699, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1701 = bitcast <8 x i32> %1700 to <8 x float>
	%1702 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1701, <8 x float> %1662, <8 x float> %1653)
	%1703 = getelementptr i16, i16* %1636, i64 %1666
	%1704 = bitcast i16* %1703 to i8*
	call void @llvm.prefetch.p0i8(i8* %1704, i32 0, i32 3, i32 1)
	%1705 = getelementptr inbounds i16, i16* %1636, i64 %1659
	%1706 = bitcast i16* %1705 to <8 x i16>*
	%1707 = load <8 x i16>, <8 x i16>* %1706, align 2
	%1708 = zext <8 x i16> %1707 to <8 x i32>
	%1709 = shl <8 x i32> %1708, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1710 = bitcast <8 x i32> %1709 to <8 x float>
	%1711 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1710, <8 x float> %1662, <8 x float> %1654)
	%1712 = getelementptr i16, i16* %1640, i64 %1666
	%1713 = bitcast i16* %1712 to i8*
	call void @llvm.prefetch.p0i8(i8* %1713, i32 0, i32 3, i32 1)
	%1714 = getelementptr inbounds i16, i16* %1640, i64 %1659
	%1715 = bitcast i16* %1714 to <8 x i16>*
	%1716 = load <8 x i16>, <8 x i16>* %1715, align 2
	%1717 = zext <8 x i16> %1716 to <8 x i32>
	%1718 = shl <8 x i32> %1717, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1719 = bitcast <8 x i32> %1718 to <8 x float>
	%1720 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1719, <8 x float> %1662, <8 x float> %1655)
	%1721 = getelementptr i16, i16* %1644, i64 %1666
	%1722 = bitcast i16* %1721 to i8*
	call void @llvm.prefetch.p0i8(i8* %1722, i32 0, i32 3, i32 1)
	%1723 = getelementptr inbounds i16, i16* %1644, i64 %1659
	%1724 = bitcast i16* %1723 to <8 x i16>*
	%1725 = load <8 x i16>, <8 x i16>* %1724, align 2
	%1726 = zext <8 x i16> %1725 to <8 x i32>
	%1727 = shl <8 x i32> %1726, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1728 = bitcast <8 x i32> %1727 to <8 x float>
	%1729 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1728, <8 x float> %1662, <8 x float> %1656)
	%1730 = getelementptr i16, i16* %1648, i64 %1666
	%1731 = bitcast i16* %1730 to i8*
	call void @llvm.prefetch.p0i8(i8* %1731, i32 0, i32 3, i32 1)
	%1732 = getelementptr inbounds i16, i16* %1648, i64 %1659
	%1733 = bitcast i16* %1732 to <8 x i16>*
	%1734 = load <8 x i16>, <8 x i16>* %1733, align 2
	%1735 = zext <8 x i16> %1734 to <8 x i32>
	%1736 = shl <8 x i32> %1735, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1737 = bitcast <8 x i32> %1736 to <8 x float>
	%1738 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1737, <8 x float> %1662, <8 x float> %1657)
	%1739 = add i64 %1649, 8
	%1740 = getelementptr inbounds float, float* %7, i64 %1739
	%1741 = bitcast float* %1740 to <8 x float>*
	%1742 = load <8 x float>, <8 x float>* %1741, align 4
	%1743 = getelementptr inbounds i16, i16* %1620, i64 %1739
	%1744 = bitcast i16* %1743 to <8 x i16>*
	%1745 = load <8 x i16>, <8 x i16>* %1744, align 2
	%1746 = zext <8 x i16> %1745 to <8 x i32>
	%1747 = shl <8 x i32> %1746, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1748 = bitcast <8 x i32> %1747 to <8 x float>
	%1749 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1748, <8 x float> %1742, <8 x float> %1675)
	%1750 = getelementptr inbounds i16, i16* %1624, i64 %1739
	%1751 = bitcast i16* %1750 to <8 x i16>*
	%1752 = load <8 x i16>, <8 x i16>* %1751, align 2
	%1753 = zext <8 x i16> %1752 to <8 x i32>
	%1754 = shl <8 x i32> %1753, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1755 = bitcast <8 x i32> %1754 to <8 x float>
	%1756 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1755, <8 x float> %1742, <8 x float> %1684)
	%1757 = getelementptr inbounds i16, i16* %1628, i64 %1739
	%1758 = bitcast i16* %1757 to <8 x i16>*
	%1759 = load <8 x i16>, <8 x i16>* %1758, align 2
	%1760 = zext <8 x i16> %1759 to <8 x i32>
	%1761 = shl <8 x i32> %1760, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1762 = bitcast <8 x i32> %1761 to <8 x float>
	%1763 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1762, <8 x float> %1742, <8 x float> %1693)
	%1764 = getelementptr inbounds i16, i16* %1632, i64 %1739
	%1765 = bitcast i16* %1764 to <8 x i16>*
	%1766 = load <8 x i16>, <8 x i16>* %1765, align 2
	%1767 = zext <8 x i16> %1766 to <8 x i32>
	%1768 = shl <8 x i32> %1767, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1769 = bitcast <8 x i32> %1768 to <8 x float>
	%1770 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1769, <8 x float> %1742, <8 x float> %1702)
	%1771 = getelementptr inbounds i16, i16* %1636, i64 %1739
	%1772 = bitcast i16* %1771 to <8 x i16>*
	%1773 = load <8 x i16>, <8 x i16>* %1772, align 2
	%1774 = zext <8 x i16> %1773 to <8 x i32>
	%1775 = shl <8 x i32> %1774, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1776 = bitcast <8 x i32> %1775 to <8 x float>
	%1777 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1776, <8 x float> %1742, <8 x float> %1711)
	%1778 = getelementptr inbounds i16, i16* %1640, i64 %1739
	%1779 = bitcast i16* %1778 to <8 x i16>*
	%1780 = load <8 x i16>, <8 x i16>* %1779, align 2
	%1781 = zext <8 x i16> %1780 to <8 x i32>
	%1782 = shl <8 x i32> %1781, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1783 = bitcast <8 x i32> %1782 to <8 x float>
	%1784 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1783, <8 x float> %1742, <8 x float> %1720)
	%1785 = getelementptr inbounds i16, i16* %1644, i64 %1739
	%1786 = bitcast i16* %1785 to <8 x i16>*
	%1787 = load <8 x i16>, <8 x i16>* %1786, align 2
	%1788 = zext <8 x i16> %1787 to <8 x i32>
	%1789 = shl <8 x i32> %1788, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1790 = bitcast <8 x i32> %1789 to <8 x float>
	%1791 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1790, <8 x float> %1742, <8 x float> %1729)
	%1792 = getelementptr inbounds i16, i16* %1648, i64 %1739
	%1793 = bitcast i16* %1792 to <8 x i16>*
	%1794 = load <8 x i16>, <8 x i16>* %1793, align 2
	%1795 = zext <8 x i16> %1794 to <8 x i32>
	%1796 = shl <8 x i32> %1795, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1797 = bitcast <8 x i32> %1796 to <8 x float>
	%1798 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1797, <8 x float> %1742, <8 x float> %1738)
	%1799 = add i64 %1649, 16
	%1800 = getelementptr inbounds float, float* %7, i64 %1799
	%1801 = bitcast float* %1800 to <8 x float>*
	%1802 = load <8 x float>, <8 x float>* %1801, align 4
	%1803 = getelementptr inbounds i16, i16* %1620, i64 %1799
	%1804 = bitcast i16* %1803 to <8 x i16>*
	%1805 = load <8 x i16>, <8 x i16>* %1804, align 2
	%1806 = zext <8 x i16> %1805 to <8 x i32>
	%1807 = shl <8 x i32> %1806, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1808 = bitcast <8 x i32> %1807 to <8 x float>
	%1809 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1808, <8 x float> %1802, <8 x float> %1749)
	%1810 = getelementptr inbounds i16, i16* %1624, i64 %1799
	%1811 = bitcast i16* %1810 to <8 x i16>*
	%1812 = load <8 x i16>, <8 x i16>* %1811, align 2
	%1813 = zext <8 x i16> %1812 to <8 x i32>
	%1814 = shl <8 x i32> %1813, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1815 = bitcast <8 x i32> %1814 to <8 x float>
	%1816 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1815, <8 x float> %1802, <8 x float> %1756)
	%1817 = getelementptr inbounds i16, i16* %1628, i64 %1799
	%1818 = bitcast i16* %1817 to <8 x i16>*
	%1819 = load <8 x i16>, <8 x i16>* %1818, align 2
	%1820 = zext <8 x i16> %1819 to <8 x i32>
	%1821 = shl <8 x i32> %1820, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1822 = bitcast <8 x i32> %1821 to <8 x float>
	%1823 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1822, <8 x float> %1802, <8 x float> %1763)
	%1824 = getelementptr inbounds i16, i16* %1632, i64 %1799
	%1825 = bitcast i16* %1824 to <8 x i16>*
	%1826 = load <8 x i16>, <8 x i16>* %1825, align 2
	%1827 = zext <8 x i16> %1826 to <8 x i32>
	%1828 = shl <8 x i32> %1827, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1829 = bitcast <8 x i32> %1828 to <8 x float>
	%1830 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1829, <8 x float> %1802, <8 x float> %1770)
	%1831 = getelementptr inbounds i16, i16* %1636, i64 %1799
	%1832 = bitcast i16* %1831 to <8 x i16>*
	%1833 = load <8 x i16>, <8 x i16>* %1832, align 2
	%1834 = zext <8 x i16> %1833 to <8 x i32>
	%1835 = shl <8 x i32> %1834, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1836 = bitcast <8 x i32> %1835 to <8 x float>
	%1837 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1836, <8 x float> %1802, <8 x float> %1777)
	%1838 = getelementptr inbounds i16, i16* %1640, i64 %1799
	%1839 = bitcast i16* %1838 to <8 x i16>*
	%1840 = load <8 x i16>, <8 x i16>* %1839, align 2
	%1841 = zext <8 x i16> %1840 to <8 x i32>
	%1842 = shl <8 x i32> %1841, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1843 = bitcast <8 x i32> %1842 to <8 x float>
	%1844 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1843, <8 x float> %1802, <8 x float> %1784)
	%1845 = getelementptr inbounds i16, i16* %1644, i64 %1799
	%1846 = bitcast i16* %1845 to <8 x i16>*
	%1847 = load <8 x i16>, <8 x i16>* %1846, align 2
	%1848 = zext <8 x i16> %1847 to <8 x i32>
	%1849 = shl <8 x i32> %1848, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1850 = bitcast <8 x i32> %1849 to <8 x float>
	%1851 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1850, <8 x float> %1802, <8 x float> %1791)
	%1852 = getelementptr inbounds i16, i16* %1648, i64 %1799
	%1853 = bitcast i16* %1852 to <8 x i16>*
	%1854 = load <8 x i16>, <8 x i16>* %1853, align 2
	%1855 = zext <8 x i16> %1854 to <8 x i32>
	%1856 = shl <8 x i32> %1855, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1857 = bitcast <8 x i32> %1856 to <8 x float>
	%1858 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1857, <8 x float> %1802, <8 x float> %1798)
	%1859 = add i64 %1649, 24
	%1860 = getelementptr inbounds float, float* %7, i64 %1859
	%1861 = bitcast float* %1860 to <8 x float>*
	%1862 = load <8 x float>, <8 x float>* %1861, align 4
	%1863 = getelementptr inbounds i16, i16* %1620, i64 %1859
	%1864 = bitcast i16* %1863 to <8 x i16>*
	%1865 = load <8 x i16>, <8 x i16>* %1864, align 2
	%1866 = zext <8 x i16> %1865 to <8 x i32>
	%1867 = shl <8 x i32> %1866, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1868 = bitcast <8 x i32> %1867 to <8 x float>
	%1869 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1868, <8 x float> %1862, <8 x float> %1809)
	%1870 = getelementptr inbounds i16, i16* %1624, i64 %1859
	%1871 = bitcast i16* %1870 to <8 x i16>*
	%1872 = load <8 x i16>, <8 x i16>* %1871, align 2
	%1873 = zext <8 x i16> %1872 to <8 x i32>
	%1874 = shl <8 x i32> %1873, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1875 = bitcast <8 x i32> %1874 to <8 x float>
	%1876 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1875, <8 x float> %1862, <8 x float> %1816)
	%1877 = getelementptr inbounds i16, i16* %1628, i64 %1859
	%1878 = bitcast i16* %1877 to <8 x i16>*
	%1879 = load <8 x i16>, <8 x i16>* %1878, align 2
	%1880 = zext <8 x i16> %1879 to <8 x i32>
	%1881 = shl <8 x i32> %1880, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1882 = bitcast <8 x i32> %1881 to <8 x float>
	%1883 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1882, <8 x float> %1862, <8 x float> %1823)
	%1884 = getelementptr inbounds i16, i16* %1632, i64 %1859
	%1885 = bitcast i16* %1884 to <8 x i16>*
	%1886 = load <8 x i16>, <8 x i16>* %1885, align 2
	%1887 = zext <8 x i16> %1886 to <8 x i32>
	%1888 = shl <8 x i32> %1887, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1889 = bitcast <8 x i32> %1888 to <8 x float>
	%1890 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1889, <8 x float> %1862, <8 x float> %1830)
	%1891 = getelementptr inbounds i16, i16* %1636, i64 %1859
	%1892 = bitcast i16* %1891 to <8 x i16>*
	%1893 = load <8 x i16>, <8 x i16>* %1892, align 2
	%1894 = zext <8 x i16> %1893 to <8 x i32>
	%1895 = shl <8 x i32> %1894, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1896 = bitcast <8 x i32> %1895 to <8 x float>
	%1897 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1896, <8 x float> %1862, <8 x float> %1837)
	%1898 = getelementptr inbounds i16, i16* %1640, i64 %1859
	%1899 = bitcast i16* %1898 to <8 x i16>*
	%1900 = load <8 x i16>, <8 x i16>* %1899, align 2
	%1901 = zext <8 x i16> %1900 to <8 x i32>
	%1902 = shl <8 x i32> %1901, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1903 = bitcast <8 x i32> %1902 to <8 x float>
	%1904 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1903, <8 x float> %1862, <8 x float> %1844)
	%1905 = getelementptr inbounds i16, i16* %1644, i64 %1859
	%1906 = bitcast i16* %1905 to <8 x i16>*
	%1907 = load <8 x i16>, <8 x i16>* %1906, align 2
	%1908 = zext <8 x i16> %1907 to <8 x i32>
	%1909 = shl <8 x i32> %1908, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1910 = bitcast <8 x i32> %1909 to <8 x float>
	%1911 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1910, <8 x float> %1862, <8 x float> %1851)
	%1912 = getelementptr inbounds i16, i16* %1648, i64 %1859
	%1913 = bitcast i16* %1912 to <8 x i16>*
	%1914 = load <8 x i16>, <8 x i16>* %1913, align 2
	%1915 = zext <8 x i16> %1914 to <8 x i32>
	%1916 = shl <8 x i32> %1915, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1917 = bitcast <8 x i32> %1916 to <8 x float>
	%1918 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1917, <8 x float> %1862, <8 x float> %1858)
	%1919 = add i64 %1649, 32
	br label %loop56

done58:
	%1920 = add i64 %1615, 0
	%1921 = shufflevector <8 x float> %1650, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1922 = shufflevector <8 x float> %1650, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1923 = fadd <4 x float> %1921, %1922
	%1924 = shufflevector <4 x float> %1923, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1925 = shufflevector <4 x float> %1923, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1926 = fadd <2 x float> %1924, %1925
	%1927 = shufflevector <2 x float> %1926, <2 x float> undef, <1 x i32> <i32 0>
	%1928 = shufflevector <2 x float> %1926, <2 x float> undef, <1 x i32> <i32 1>
	%1929 = fadd <1 x float> %1927, %1928
	%1930 = extractelement <1 x float> %1929, i64 0
	%1931 = getelementptr inbounds float, float* %13, i64 %1920
	%1932 = load float, float* %1931, align 4
	%1933 = fadd float %1930, %1932
	%1934 = getelementptr inbounds float, float* %4, i64 %1920
	store float %1933, float* %1934, align 4
	%1935 = add i64 %1615, 1
	%1936 = shufflevector <8 x float> %1651, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1937 = shufflevector <8 x float> %1651, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1938 = fadd <4 x float> %1936, %1937
	%1939 = shufflevector <4 x float> %1938, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1940 = shufflevector <4 x float> %1938, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1941 = fadd <2 x float> %1939, %1940
	%1942 = shufflevector <2 x float> %1941, <2 x float> undef, <1 x i32> <i32 0>
	%1943 = shufflevector <2 x float> %1941, <2 x float> undef, <1 x i32> <i32 1>
	%1944 = fadd <1 x float> %1942, %1943
	%1945 = extractelement <1 x float> %1944, i64 0
	%1946 = getelementptr inbounds float, float* %13, i64 %1935
	%1947 = load float, float* %1946, align 4
	%1948 = fadd float %1945, %1947
	%1949 = getelementptr inbounds float, float* %4, i64 %1935
	store float %1948, float* %1949, align 4
	%1950 = add i64 %1615, 2
	%1951 = shufflevector <8 x float> %1652, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1952 = shufflevector <8 x float> %1652, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1953 = fadd <4 x float> %1951, %1952
	%1954 = shufflevector <4 x float> %1953, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1955 = shufflevector <4 x float> %1953, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1956 = fadd <2 x float> %1954, %1955
	%1957 = shufflevector <2 x float> %1956, <2 x float> undef, <1 x i32> <i32 0>
	%1958 = shufflevector <2 x float> %1956, <2 x float> undef, <1 x i32> <i32 1>
	%1959 = fadd <1 x float> %1957, %1958
	%1960 = extractelement <1 x float> %1959, i64 0
	%1961 = getelementptr inbounds float, float* %13, i64 %1950
	%1962 = load float, float* %1961, align 4
	%1963 = fadd float %1960, %1962
	%1964 = getelementptr inbounds float, float* %4, i64 %1950
	store float %1963, float* %1964, align 4
	%1965 = add i64 %1615, 3
	%1966 = shufflevector <8 x float> %1653, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1967 = shufflevector <8 x float> %1653, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1968 = fadd <4 x float> %1966, %1967
	%1969 = shufflevector <4 x float> %1968, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1970 = shufflevector <4 x float> %1968, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1971 = fadd <2 x float> %1969, %1970
	%1972 = shufflevector <2 x float> %1971, <2 x float> undef, <1 x i32> <i32 0>
	%1973 = shufflevector <2 x float> %1971, <2 x float> undef, <1 x i32> <i32 1>
	%1974 = fadd <1 x float> %1972, %1973
	%1975 = extractelement <1 x float> %1974, i64 0
	%1976 = getelementptr inbounds float, float* %13, i64 %1965
	%1977 = load float, float* %1976, align 4
	%1978 = fadd float %1975, %1977
	%1979 = getelementptr inbounds float, float* %4, i64 %1965
	store float %1978, float* %1979, align 4
	%1980 = add i64 %1615, 4
	%1981 = shufflevector <8 x float> %1654, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1982 = shufflevector <8 x float> %1654, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1983 = fadd <4 x float> %1981, %1982
	%1984 = shufflevector <4 x float> %1983, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1985 = shufflevector <4 x float> %1983, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1986 = fadd <2 x float> %1984, %1985
	%1987 = shufflevector <2 x float> %1986, <2 x float> undef, <1 x i32> <i32 0>
	%1988 = shufflevector <2 x float> %1986, <2 x float> undef, <1 x i32> <i32 1>
	%1989 = fadd <1 x float> %1987, %1988
	%1990 = extractelement <1 x float> %1989, i64 0
	%1991 = getelementptr inbounds float, float* %13, i64 %1980
	%1992 = load float, float* %1991, align 4
	%1993 = fadd float %1990, %1992
	%1994 = getelementptr inbounds float, float* %4, i64 %1980
	store float %1993, float* %1994, align 4
	%1995 = add i64 %1615, 5
	%1996 = shufflevector <8 x float> %1655, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1997 = shufflevector <8 x float> %1655, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1998 = fadd <4 x float> %1996, %1997
	%1999 = shufflevector <4 x float> %1998, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2000 = shufflevector <4 x float> %1998, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2001 = fadd <2 x float> %1999, %2000
	%2002 = shufflevector <2 x float> %2001, <2 x float> undef, <1 x i32> <i32 0>
	%2003 = shufflevector <2 x float> %2001, <2 x float> undef, <1 x i32> <i32 1>
	%2004 = fadd <1 x float> %2002, %2003
	%2005 = extractelement <1 x float> %2004, i64 0
	%2006 = getelementptr inbounds float, float* %13, i64 %1995
	%2007 = load float, float* %2006, align 4
	%2008 = fadd float %2005, %2007
	%2009 = getelementptr inbounds float, float* %4, i64 %1995
	store float %2008, float* %2009, align 4
	%2010 = add i64 %1615, 6
	%2011 = shufflevector <8 x float> %1656, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2012 = shufflevector <8 x float> %1656, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2013 = fadd <4 x float> %2011, %2012
	%2014 = shufflevector <4 x float> %2013, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2015 = shufflevector <4 x float> %2013, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2016 = fadd <2 x float> %2014, %2015
	%2017 = shufflevector <2 x float> %2016, <2 x float> undef, <1 x i32> <i32 0>
	%2018 = shufflevector <2 x float> %2016, <2 x float> undef, <1 x i32> <i32 1>
	%2019 = fadd <1 x float> %2017, %2018
	%2020 = extractelement <1 x float> %2019, i64 0
	%2021 = getelementptr inbounds float, float* %13, i64 %2010
	%2022 = load float, float* %2021, align 4
	%2023 = fadd float %2020, %2022
	%2024 = getelementptr inbounds float, float* %4, i64 %2010
	store float %2023, float* %2024, align 4
	%2025 = add i64 %1615, 7
	%2026 = shufflevector <8 x float> %1657, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2027 = shufflevector <8 x float> %1657, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2028 = fadd <4 x float> %2026, %2027
	%2029 = shufflevector <4 x float> %2028, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2030 = shufflevector <4 x float> %2028, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2031 = fadd <2 x float> %2029, %2030
	%2032 = shufflevector <2 x float> %2031, <2 x float> undef, <1 x i32> <i32 0>
	%2033 = shufflevector <2 x float> %2031, <2 x float> undef, <1 x i32> <i32 1>
	%2034 = fadd <1 x float> %2032, %2033
	%2035 = extractelement <1 x float> %2034, i64 0
	%2036 = getelementptr inbounds float, float* %13, i64 %2025
	%2037 = load float, float* %2036, align 4
	%2038 = fadd float %2035, %2037
	%2039 = getelementptr inbounds float, float* %4, i64 %2025
	store float %2038, float* %2039, align 4
	%2040 = add i64 %1615, 8
	br label %loop54

done59:
	br label %loop60

loop60:
	%2041 = phi i64 [ %1612, %done59 ], [ %2113, %done64 ]
	%2042 = icmp slt i64 %2041, %20
	br i1 %2042, label %body61, label %done65

body61:
	%2043 = add i64 %2041, 0
	%2044 = sub i64 %2043, 0
	%2045 = mul i64 %2044, 32
	%2046 = getelementptr inbounds i16, i16* %10, i64 %2045
	br label %loop62

loop62:
	%2047 = phi i64 [ 0, %body61 ], [ %2097, %body63 ]
	%2048 = phi <8 x float> [ zeroinitializer, %body61 ], [ %2096, %body63 ]
	%2049 = icmp slt i64 %2047, 32
	br i1 %2049, label %body63, label %done64

body63:
	%2050 = add i64 %2047, 0
	%2051 = getelementptr inbounds float, float* %7, i64 %2050
	%2052 = bitcast float* %2051 to <8 x float>*
	%2053 = load <8 x float>, <8 x float>* %2052, align 4
	%2054 = add i64 %2050, 256
	%2055 = getelementptr i16, i16* %2046, i64 %2054
	%2056 = bitcast i16* %2055 to i8*
	call void @llvm.prefetch.p0i8(i8* %2056, i32 0, i32 3, i32 1)
	%2057 = getelementptr inbounds i16, i16* %2046, i64 %2050
	%2058 = bitcast i16* %2057 to <8 x i16>*
	%2059 = load <8 x i16>, <8 x i16>* %2058, align 2
	%2060 = zext <8 x i16> %2059 to <8 x i32>
	%2061 = shl <8 x i32> %2060, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2062 = bitcast <8 x i32> %2061 to <8 x float>
	%2063 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2062, <8 x float> %2053, <8 x float> %2048)
	%2064 = add i64 %2047, 8
	%2065 = getelementptr inbounds float, float* %7, i64 %2064
	%2066 = bitcast float* %2065 to <8 x float>*
	%2067 = load <8 x float>, <8 x float>* %2066, align 4
	%2068 = getelementptr inbounds i16, i16* %2046, i64 %2064
	%2069 = bitcast i16* %2068 to <8 x i16>*
	%2070 = load <8 x i16>, <8 x i16>* %2069, align 2
	%2071 = zext <8 x i16> %2070 to <8 x i32>
	%2072 = shl <8 x i32> %2071, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2073 = bitcast <8 x i32> %2072 to <8 x float>
	%2074 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2073, <8 x float> %2067, <8 x float> %2063)
	%2075 = add i64 %2047, 16
	%2076 = getelementptr inbounds float, float* %7, i64 %2075
	%2077 = bitcast float* %2076 to <8 x float>*
	%2078 = load <8 x float>, <8 x float>* %2077, align 4
	%2079 = getelementptr inbounds i16, i16* %2046, i64 %2075
	%2080 = bitcast i16* %2079 to <8 x i16>*
	%2081 = load <8 x i16>, <8 x i16>* %2080, align 2
	%2082 = zext <8 x i16> %2081 to <8 x i32>
	%2083 = shl <8 x i32> %2082, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2084 = bitcast <8 x i32> %2083 to <8 x float>
	%2085 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2084, <8 x float> %2078, <8 x float> %2074)
	%2086 = add i64 %2047, 24
	%2087 = getelementptr inbounds float, float* %7, i64 %2086
	%2088 = bitcast float* %2087 to <8 x float>*
	%2089 = load <8 x float>, <8 x float>* %2088, align 4
	%2090 = getelementptr inbounds i16, i16* %2046, i64 %2086
	%2091 = bitcast i16* %2090 to <8 x i16>*
	%2092 = load <8 x i16>, <8 x i16>* %2091, align 2
	%2093 = zext <8 x i16> %2092 to <8 x i32>
	%2094 = shl <8 x i32> %2093, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2095 = bitcast <8 x i32> %2094 to <8 x float>
	%2096 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2095, <8 x float> %2089, <8 x float> %2085)
	%2097 = add i64 %2047, 32
	br label %loop62

done64:
	%2098 = add i64 %2041, 0
	%2099 = shufflevector <8 x float> %2048, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2100 = shufflevector <8 x float> %2048, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2101 = fadd <4 x float> %2099, %2100
	%2102 = shufflevector <4 x float> %2101, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2103 = shufflevector <4 x float> %2101, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2104 = fadd <2 x float> %2102, %2103
	%2105 = shufflevector <2 x float> %2104, <2 x float> undef, <1 x i32> <i32 0>
	%2106 = shufflevector <2 x float> %2104, <2 x float> undef, <1 x i32> <i32 1>
	%2107 = fadd <1 x float> %2105, %2106
	%2108 = extractelement <1 x float> %2107, i64 0
	%2109 = getelementptr inbounds float, float* %13, i64 %2098
	%2110 = load float, float* %2109, align 4
	%2111 = fadd float %2108, %2110
	%2112 = getelementptr inbounds float, float* %4, i64 %2098
	store float %2111, float* %2112, align 4
	%2113 = add i64 %2041, 1
	br label %loop60

done65:
	br label %join52

loop66:
	%2114 = phi i64 [ %17, %else53 ], [ %2343, %done79 ]
	%2115 = icmp slt i64 %2114, %20
	br i1 %2115, label %body67, label %done80

body67:
	br label %loop68

loop68:
	%2116 = phi i64 [ 0, %body67 ], [ %2262, %done72 ]
	%2117 = icmp slt i64 %2116, %1614
	br i1 %2117, label %body69, label %done73

body69:
	%2118 = add i64 %2116, 0
	%2119 = mul i64 %2118, 32
	%2120 = getelementptr inbounds float, float* %7, i64 %2119
	%2121 = add i64 %2116, 1
	%2122 = mul i64 %2121, 32
	%2123 = getelementptr inbounds float, float* %7, i64 %2122
	%2124 = add i64 %2116, 2
	%2125 = mul i64 %2124, 32
	%2126 = getelementptr inbounds float, float* %7, i64 %2125
	%2127 = add i64 %2116, 3
	%2128 = mul i64 %2127, 32
	%2129 = getelementptr inbounds float, float* %7, i64 %2128
	%2130 = sub i64 %2114, 0
	%2131 = mul i64 %2130, 32
	%2132 = getelementptr inbounds i16, i16* %10, i64 %2131
	br label %loop70

loop70:
	%2133 = phi i64 [ 0, %body69 ], [ %2189, %body71 ]
	%2134 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2153, %body71 ]
	%2135 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2176, %body71 ]
	%2136 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2157, %body71 ]
	%2137 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2180, %body71 ]
	%2138 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2161, %body71 ]
	%2139 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2184, %body71 ]
	%2140 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2165, %body71 ]
	%2141 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2188, %body71 ]
	%2142 = icmp slt i64 %2133, 32
	br i1 %2142, label %body71, label %done72

body71:
	%2143 = add i64 %2133, 0
	%2144 = getelementptr inbounds i16, i16* %2132, i64 %2143
	%2145 = bitcast i16* %2144 to <8 x i16>*
	%2146 = load <8 x i16>, <8 x i16>* %2145, align 2
	%2147 = zext <8 x i16> %2146 to <8 x i32>
	%2148 = shl <8 x i32> %2147, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2149 = bitcast <8 x i32> %2148 to <8 x float>
	%2150 = getelementptr inbounds float, float* %2120, i64 %2143
	%2151 = bitcast float* %2150 to <8 x float>*
	%2152 = load <8 x float>, <8 x float>* %2151, align 4
	%2153 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2152, <8 x float> %2149, <8 x float> %2134)
	%2154 = getelementptr inbounds float, float* %2123, i64 %2143
	%2155 = bitcast float* %2154 to <8 x float>*
	%2156 = load <8 x float>, <8 x float>* %2155, align 4
	%2157 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2156, <8 x float> %2149, <8 x float> %2136)
	%2158 = getelementptr inbounds float, float* %2126, i64 %2143
	%2159 = bitcast float* %2158 to <8 x float>*
	%2160 = load <8 x float>, <8 x float>* %2159, align 4
	%2161 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2160, <8 x float> %2149, <8 x float> %2138)
	%2162 = getelementptr inbounds float, float* %2129, i64 %2143
	%2163 = bitcast float* %2162 to <8 x float>*
	%2164 = load <8 x float>, <8 x float>* %2163, align 4
	%2165 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2164, <8 x float> %2149, <8 x float> %2140)
	%2166 = add i64 %2133, 8
	%2167 = getelementptr inbounds i16, i16* %2132, i64 %2166
	%2168 = bitcast i16* %2167 to <8 x i16>*
	%2169 = load <8 x i16>, <8 x i16>* %2168, align 2
	%2170 = zext <8 x i16> %2169 to <8 x i32>
	%2171 = shl <8 x i32> %2170, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2172 = bitcast <8 x i32> %2171 to <8 x float>
	%2173 = getelementptr inbounds float, float* %2120, i64 %2166
	%2174 = bitcast float* %2173 to <8 x float>*
	%2175 = load <8 x float>, <8 x float>* %2174, align 4
	%2176 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2175, <8 x float> %2172, <8 x float> %2135)
	%2177 = getelementptr inbounds float, float* %2123, i64 %2166
	%2178 = bitcast float* %2177 to <8 x float>*
	%2179 = load <8 x float>, <8 x float>* %2178, align 4
	%2180 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2179, <8 x float> %2172, <8 x float> %2137)
	%2181 = getelementptr inbounds float, float* %2126, i64 %2166
	%2182 = bitcast float* %2181 to <8 x float>*
	%2183 = load <8 x float>, <8 x float>* %2182, align 4
	%2184 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2183, <8 x float> %2172, <8 x float> %2139)
	%2185 = getelementptr inbounds float, float* %2129, i64 %2166
	%2186 = bitcast float* %2185 to <8 x float>*
	%2187 = load <8 x float>, <8 x float>* %2186, align 4
	%2188 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2187, <8 x float> %2172, <8 x float> %2141)
	%2189 = add i64 %2133, 16
	br label %loop70

done72:
	%2190 = fadd <8 x float> %2134, %2135
	%2191 = add i64 %2116, 0
	%2192 = mul i64 %2191, 24
	%2193 = add i64 %2192, %2114
	%2194 = shufflevector <8 x float> %2190, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2195 = shufflevector <8 x float> %2190, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2196 = fadd <4 x float> %2194, %2195
	%2197 = shufflevector <4 x float> %2196, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2198 = shufflevector <4 x float> %2196, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2199 = fadd <2 x float> %2197, %2198
	%2200 = shufflevector <2 x float> %2199, <2 x float> undef, <1 x i32> <i32 0>
	%2201 = shufflevector <2 x float> %2199, <2 x float> undef, <1 x i32> <i32 1>
	%2202 = fadd <1 x float> %2200, %2201
	%2203 = extractelement <1 x float> %2202, i64 0
	%2204 = getelementptr inbounds float, float* %13, i64 %2193
	%2205 = load float, float* %2204, align 4
	%2206 = fadd float %2203, %2205
	%2207 = getelementptr inbounds float, float* %4, i64 %2193
	store float %2206, float* %2207, align 4
	%2208 = fadd <8 x float> %2136, %2137
	%2209 = add i64 %2116, 1
	%2210 = mul i64 %2209, 24
	%2211 = add i64 %2210, %2114
	%2212 = shufflevector <8 x float> %2208, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2213 = shufflevector <8 x float> %2208, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2214 = fadd <4 x float> %2212, %2213
	%2215 = shufflevector <4 x float> %2214, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2216 = shufflevector <4 x float> %2214, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2217 = fadd <2 x float> %2215, %2216
	%2218 = shufflevector <2 x float> %2217, <2 x float> undef, <1 x i32> <i32 0>
	%2219 = shufflevector <2 x float> %2217, <2 x float> undef, <1 x i32> <i32 1>
	%2220 = fadd <1 x float> %2218, %2219
	%2221 = extractelement <1 x float> %2220, i64 0
	%2222 = getelementptr inbounds float, float* %13, i64 %2211
	%2223 = load float, float* %2222, align 4
	%2224 = fadd float %2221, %2223
	%2225 = getelementptr inbounds float, float* %4, i64 %2211
	store float %2224, float* %2225, align 4
	%2226 = fadd <8 x float> %2138, %2139
	%2227 = add i64 %2116, 2
	%2228 = mul i64 %2227, 24
	%2229 = add i64 %2228, %2114
	%2230 = shufflevector <8 x float> %2226, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2231 = shufflevector <8 x float> %2226, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2232 = fadd <4 x float> %2230, %2231
	%2233 = shufflevector <4 x float> %2232, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2234 = shufflevector <4 x float> %2232, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2235 = fadd <2 x float> %2233, %2234
	%2236 = shufflevector <2 x float> %2235, <2 x float> undef, <1 x i32> <i32 0>
	%2237 = shufflevector <2 x float> %2235, <2 x float> undef, <1 x i32> <i32 1>
	%2238 = fadd <1 x float> %2236, %2237
	%2239 = extractelement <1 x float> %2238, i64 0
	%2240 = getelementptr inbounds float, float* %13, i64 %2229
	%2241 = load float, float* %2240, align 4
	%2242 = fadd float %2239, %2241
	%2243 = getelementptr inbounds float, float* %4, i64 %2229
	store float %2242, float* %2243, align 4
	%2244 = fadd <8 x float> %2140, %2141
	%2245 = add i64 %2116, 3
	%2246 = mul i64 %2245, 24
	%2247 = add i64 %2246, %2114
	%2248 = shufflevector <8 x float> %2244, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2249 = shufflevector <8 x float> %2244, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2250 = fadd <4 x float> %2248, %2249
	%2251 = shufflevector <4 x float> %2250, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2252 = shufflevector <4 x float> %2250, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2253 = fadd <2 x float> %2251, %2252
	%2254 = shufflevector <2 x float> %2253, <2 x float> undef, <1 x i32> <i32 0>
	%2255 = shufflevector <2 x float> %2253, <2 x float> undef, <1 x i32> <i32 1>
	%2256 = fadd <1 x float> %2254, %2255
	%2257 = extractelement <1 x float> %2256, i64 0
	%2258 = getelementptr inbounds float, float* %13, i64 %2247
	%2259 = load float, float* %2258, align 4
	%2260 = fadd float %2257, %2259
	%2261 = getelementptr inbounds float, float* %4, i64 %2247
	store float %2260, float* %2261, align 4
	%2262 = add i64 %2116, 4
	br label %loop68

done73:
	br label %loop74

loop74:
	%2263 = phi i64 [ %1614, %done73 ], [ %2342, %done78 ]
	%2264 = icmp slt i64 %2263, %15
	br i1 %2264, label %body75, label %done79

body75:
	%2265 = add i64 %2263, 0
	%2266 = mul i64 %2265, 32
	%2267 = getelementptr inbounds float, float* %7, i64 %2266
	%2268 = sub i64 %2114, 0
	%2269 = mul i64 %2268, 32
	%2270 = getelementptr inbounds i16, i16* %10, i64 %2269
	br label %loop76

loop76:
	%2271 = phi i64 [ 0, %body75 ], [ %2321, %body77 ]
	%2272 = phi <8 x float> [ zeroinitializer, %body75 ], [ %2287, %body77 ]
	%2273 = phi <8 x float> [ zeroinitializer, %body75 ], [ %2298, %body77 ]
	%2274 = phi <8 x float> [ zeroinitializer, %body75 ], [ %2309, %body77 ]
	%2275 = phi <8 x float> [ zeroinitializer, %body75 ], [ %2320, %body77 ]
	%2276 = icmp slt i64 %2271, 32
	br i1 %2276, label %body77, label %done78

body77:
	%2277 = add i64 %2271, 0
	%2278 = getelementptr inbounds i16, i16* %2270, i64 %2277
	%2279 = bitcast i16* %2278 to <8 x i16>*
	%2280 = load <8 x i16>, <8 x i16>* %2279, align 2
	%2281 = zext <8 x i16> %2280 to <8 x i32>
	%2282 = shl <8 x i32> %2281, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2283 = bitcast <8 x i32> %2282 to <8 x float>
	%2284 = getelementptr inbounds float, float* %2267, i64 %2277
	%2285 = bitcast float* %2284 to <8 x float>*
	%2286 = load <8 x float>, <8 x float>* %2285, align 4
	%2287 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2286, <8 x float> %2283, <8 x float> %2272)
	%2288 = add i64 %2271, 8
	%2289 = getelementptr inbounds i16, i16* %2270, i64 %2288
	%2290 = bitcast i16* %2289 to <8 x i16>*
	%2291 = load <8 x i16>, <8 x i16>* %2290, align 2
	%2292 = zext <8 x i16> %2291 to <8 x i32>
	%2293 = shl <8 x i32> %2292, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2294 = bitcast <8 x i32> %2293 to <8 x float>
	%2295 = getelementptr inbounds float, float* %2267, i64 %2288
	%2296 = bitcast float* %2295 to <8 x float>*
	%2297 = load <8 x float>, <8 x float>* %2296, align 4
	%2298 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2297, <8 x float> %2294, <8 x float> %2273)
	%2299 = add i64 %2271, 16
	%2300 = getelementptr inbounds i16, i16* %2270, i64 %2299
	%2301 = bitcast i16* %2300 to <8 x i16>*
	%2302 = load <8 x i16>, <8 x i16>* %2301, align 2
	%2303 = zext <8 x i16> %2302 to <8 x i32>
	%2304 = shl <8 x i32> %2303, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2305 = bitcast <8 x i32> %2304 to <8 x float>
	%2306 = getelementptr inbounds float, float* %2267, i64 %2299
	%2307 = bitcast float* %2306 to <8 x float>*
	%2308 = load <8 x float>, <8 x float>* %2307, align 4
	%2309 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2308, <8 x float> %2305, <8 x float> %2274)
	%2310 = add i64 %2271, 24
	%2311 = getelementptr inbounds i16, i16* %2270, i64 %2310
	%2312 = bitcast i16* %2311 to <8 x i16>*
	%2313 = load <8 x i16>, <8 x i16>* %2312, align 2
	%2314 = zext <8 x i16> %2313 to <8 x i32>
	%2315 = shl <8 x i32> %2314, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2316 = bitcast <8 x i32> %2315 to <8 x float>
	%2317 = getelementptr inbounds float, float* %2267, i64 %2310
	%2318 = bitcast float* %2317 to <8 x float>*
	%2319 = load <8 x float>, <8 x float>* %2318, align 4
	%2320 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2319, <8 x float> %2316, <8 x float> %2275)
	%2321 = add i64 %2271, 32
	br label %loop76

done78:
	%2322 = fadd <8 x float> %2272, %2273
	%2323 = fadd <8 x float> %2322, %2274
	%2324 = fadd <8 x float> %2323, %2275
	%2325 = add i64 %2263, 0
	%2326 = mul i64 %2325, 24
	%2327 = add i64 %2326, %2114
	%2328 = shufflevector <8 x float> %2324, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2329 = shufflevector <8 x float> %2324, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2330 = fadd <4 x float> %2328, %2329
	%2331 = shufflevector <4 x float> %2330, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2332 = shufflevector <4 x float> %2330, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2333 = fadd <2 x float> %2331, %2332
	%2334 = shufflevector <2 x float> %2333, <2 x float> undef, <1 x i32> <i32 0>
	%2335 = shufflevector <2 x float> %2333, <2 x float> undef, <1 x i32> <i32 1>
	%2336 = fadd <1 x float> %2334, %2335
	%2337 = extractelement <1 x float> %2336, i64 0
	%2338 = getelementptr inbounds float, float* %13, i64 %2327
	%2339 = load float, float* %2338, align 4
	%2340 = fadd float %2337, %2339
	%2341 = getelementptr inbounds float, float* %4, i64 %2327
	store float %2340, float* %2341, align 4
	%2342 = add i64 %2263, 1
	br label %loop74

done79:
	%2343 = add i64 %2114, 1
	br label %loop66

done80:
	br label %join52

join52:
	br label %join4

join4:
	br label %join2

join2:
	ret void
}

define void @mtc_k_matmul_sqrelu_bf16_k24_n40(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = alloca [132096 x float], align 64
	%1 = alloca [4096 x float], align 64
	%2 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%3 = load i8*, i8** %2, align 8
	%4 = bitcast i8* %3 to float*
	%5 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%6 = load i8*, i8** %5, align 8
	%7 = bitcast i8* %6 to float*
	%8 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%9 = load i8*, i8** %8, align 8
	%10 = bitcast i8* %9 to i16*
	%11 = getelementptr inbounds i64, i64* %ints, i64 0
	%12 = load i64, i64* %11, align 8
	%13 = icmp sgt i64 %begin, 0
	%14 = select i1 %13, i64 %begin, i64 0
	%15 = add i64 0, 40
	%16 = icmp slt i64 %end, %15
	%17 = select i1 %16, i64 %end, i64 %15
	%18 = icmp slt i64 %14, %17
	br i1 %18, label %then1, label %join2

then1:
	%19 = icmp sge i64 %12, 6
	br i1 %19, label %then3, label %else5

then3:
	%20 = getelementptr inbounds [4096 x float], [4096 x float]* %1, i64 0, i64 0
	%21 = getelementptr inbounds [132096 x float], [132096 x float]* %0, i64 0, i64 0
	%22 = add i64 %12, 515
	%23 = sdiv i64 %22, 516
	%24 = sub i64 %23, 1
	%25 = add i64 %12, %24
	%26 = sdiv i64 %25, %23
	%27 = add i64 %26, 5
	%28 = sdiv i64 %27, 6
	%29 = mul i64 %28, 6
	br label %loop6

else5:
	%30 = icmp eq i64 %12, 1
	br i1 %30, label %then51, label %else53

loop6:
	%31 = phi i64 [ 0, %then3 ], [ %1389, %done49 ]
	%32 = icmp slt i64 %31, %23
	br i1 %32, label %body7, label %done50

body7:
	%33 = mul i64 %31, %29
	%34 = add i64 %33, %29
	%35 = icmp slt i64 %34, %12
	%36 = select i1 %35, i64 %34, i64 %12
	%37 = sub i64 %36, %33
	%38 = add i64 %37, 5
	%39 = sdiv i64 %38, 6
	br label %loop8

loop8:
	%40 = phi i64 [ 0, %body7 ], [ %166, %done12 ]
	%41 = icmp slt i64 %40, %39
	br i1 %41, label %body9, label %done13

body9:
	%42 = mul i64 %40, 6
	%43 = add i64 %33, %42
	%44 = sub i64 %36, %43
	%45 = icmp slt i64 0, %44
	%46 = add i64 %43, 0
	%47 = select i1 %45, i64 %46, i64 %43
	%48 = mul i64 %47, 24
	%49 = add i64 %48, 0
	%50 = getelementptr inbounds float, float* %7, i64 %49
	%51 = icmp slt i64 1, %44
	%52 = add i64 %43, 1
	%53 = select i1 %51, i64 %52, i64 %43
	%54 = mul i64 %53, 24
	%55 = add i64 %54, 0
	%56 = getelementptr inbounds float, float* %7, i64 %55
	%57 = icmp slt i64 2, %44
	%58 = add i64 %43, 2
	%59 = select i1 %57, i64 %58, i64 %43
	%60 = mul i64 %59, 24
	%61 = add i64 %60, 0
	%62 = getelementptr inbounds float, float* %7, i64 %61
	%63 = icmp slt i64 3, %44
	%64 = add i64 %43, 3
	%65 = select i1 %63, i64 %64, i64 %43
	%66 = mul i64 %65, 24
	%67 = add i64 %66, 0
	%68 = getelementptr inbounds float, float* %7, i64 %67
	%69 = icmp slt i64 4, %44
	%70 = add i64 %43, 4
	%71 = select i1 %69, i64 %70, i64 %43
	%72 = mul i64 %71, 24
	%73 = add i64 %72, 0
	%74 = getelementptr inbounds float, float* %7, i64 %73
	%75 = icmp slt i64 5, %44
	%76 = add i64 %43, 5
	%77 = select i1 %75, i64 %76, i64 %43
	%78 = mul i64 %77, 24
	%79 = add i64 %78, 0
	%80 = getelementptr inbounds float, float* %7, i64 %79
	%81 = mul i64 %40, 1536
	%82 = getelementptr inbounds float, float* %21, i64 %81
	br label %loop10

loop10:
	%83 = phi i64 [ 0, %body9 ], [ %165, %body11 ]
	%84 = icmp slt i64 %83, 24
	br i1 %84, label %body11, label %done12

body11:
	%85 = getelementptr inbounds float, float* %50, i64 %83
	%86 = bitcast float* %85 to <8 x float>*
	%87 = load <8 x float>, <8 x float>* %86, align 4
	%88 = select i1 %45, <8 x float> %87, <8 x float> zeroinitializer
	%89 = getelementptr inbounds float, float* %56, i64 %83
	%90 = bitcast float* %89 to <8 x float>*
	%91 = load <8 x float>, <8 x float>* %90, align 4
	%92 = select i1 %51, <8 x float> %91, <8 x float> zeroinitializer
	%93 = getelementptr inbounds float, float* %62, i64 %83
	%94 = bitcast float* %93 to <8 x float>*
	%95 = load <8 x float>, <8 x float>* %94, align 4
	%96 = select i1 %57, <8 x float> %95, <8 x float> zeroinitializer
	%97 = getelementptr inbounds float, float* %68, i64 %83
	%98 = bitcast float* %97 to <8 x float>*
	%99 = load <8 x float>, <8 x float>* %98, align 4
	%100 = select i1 %63, <8 x float> %99, <8 x float> zeroinitializer
	%101 = getelementptr inbounds float, float* %74, i64 %83
	%102 = bitcast float* %101 to <8 x float>*
	%103 = load <8 x float>, <8 x float>* %102, align 4
	%104 = select i1 %69, <8 x float> %103, <8 x float> zeroinitializer
	%105 = getelementptr inbounds float, float* %80, i64 %83
	%106 = bitcast float* %105 to <8 x float>*
	%107 = load <8 x float>, <8 x float>* %106, align 4
	%108 = select i1 %75, <8 x float> %107, <8 x float> zeroinitializer
	%109 = shufflevector <8 x float> %88, <8 x float> %104, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%110 = shufflevector <8 x float> %88, <8 x float> %104, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%111 = shufflevector <8 x float> %92, <8 x float> %108, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%112 = shufflevector <8 x float> %92, <8 x float> %108, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%113 = shufflevector <8 x float> %96, <8 x float> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%114 = shufflevector <8 x float> %96, <8 x float> zeroinitializer, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%115 = shufflevector <8 x float> %100, <8 x float> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%116 = shufflevector <8 x float> %100, <8 x float> zeroinitializer, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%117 = shufflevector <8 x float> %109, <8 x float> %113, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%118 = shufflevector <8 x float> %109, <8 x float> %113, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%119 = shufflevector <8 x float> %111, <8 x float> %115, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%120 = shufflevector <8 x float> %111, <8 x float> %115, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%121 = shufflevector <8 x float> %110, <8 x float> %114, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%122 = shufflevector <8 x float> %110, <8 x float> %114, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%123 = shufflevector <8 x float> %112, <8 x float> %116, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%124 = shufflevector <8 x float> %112, <8 x float> %116, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%125 = shufflevector <8 x float> %117, <8 x float> %119, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%126 = shufflevector <8 x float> %117, <8 x float> %119, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%127 = shufflevector <8 x float> %118, <8 x float> %120, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%128 = shufflevector <8 x float> %118, <8 x float> %120, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%129 = shufflevector <8 x float> %121, <8 x float> %123, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%130 = shufflevector <8 x float> %121, <8 x float> %123, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%131 = shufflevector <8 x float> %122, <8 x float> %124, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%132 = shufflevector <8 x float> %122, <8 x float> %124, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%133 = add i64 %83, 0
	%134 = mul i64 %133, 6
	%135 = getelementptr inbounds float, float* %82, i64 %134
	%136 = bitcast float* %135 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %125, <8 x float>* %136, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%137 = add i64 %83, 1
	%138 = mul i64 %137, 6
	%139 = getelementptr inbounds float, float* %82, i64 %138
	%140 = bitcast float* %139 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %126, <8 x float>* %140, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%141 = add i64 %83, 2
	%142 = mul i64 %141, 6
	%143 = getelementptr inbounds float, float* %82, i64 %142
	%144 = bitcast float* %143 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %127, <8 x float>* %144, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%145 = add i64 %83, 3
	%146 = mul i64 %145, 6
	%147 = getelementptr inbounds float, float* %82, i64 %146
	%148 = bitcast float* %147 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %128, <8 x float>* %148, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%149 = add i64 %83, 4
	%150 = mul i64 %149, 6
	%151 = getelementptr inbounds float, float* %82, i64 %150
	%152 = bitcast float* %151 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %129, <8 x float>* %152, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%153 = add i64 %83, 5
	%154 = mul i64 %153, 6
	%155 = getelementptr inbounds float, float* %82, i64 %154
	%156 = bitcast float* %155 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %130, <8 x float>* %156, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%157 = add i64 %83, 6
	%158 = mul i64 %157, 6
	%159 = getelementptr inbounds float, float* %82, i64 %158
	%160 = bitcast float* %159 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %131, <8 x float>* %160, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%161 = add i64 %83, 7
	%162 = mul i64 %161, 6
	%163 = getelementptr inbounds float, float* %82, i64 %162
	%164 = bitcast float* %163 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %132, <8 x float>* %164, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%165 = add i64 %83, 8
	br label %loop10

done12:
	%166 = add i64 %40, 1
	br label %loop8

done13:
	%167 = sub i64 %36, %33
	%168 = sdiv i64 %167, 6
	%169 = mul i64 %168, 6
	%170 = add i64 %33, %169
	%171 = sub i64 %36, %170
	br label %loop14

loop14:
	%172 = phi i64 [ %14, %done13 ], [ %1388, %join35 ]
	%173 = icmp slt i64 %172, %17
	br i1 %173, label %body15, label %done49

body15:
	%174 = add i64 %172, 0
	%175 = icmp slt i64 %174, %17
	%176 = select i1 %175, i64 %174, i64 %172
	%177 = sub i64 %176, 0
	%178 = mul i64 %177, 24
	%179 = add i64 %178, 0
	%180 = getelementptr inbounds i16, i16* %10, i64 %179
	%181 = add i64 %172, 1
	%182 = icmp slt i64 %181, %17
	%183 = select i1 %182, i64 %181, i64 %172
	%184 = sub i64 %183, 0
	%185 = mul i64 %184, 24
	%186 = add i64 %185, 0
	%187 = getelementptr inbounds i16, i16* %10, i64 %186
	%188 = add i64 %172, 2
	%189 = icmp slt i64 %188, %17
	%190 = select i1 %189, i64 %188, i64 %172
	%191 = sub i64 %190, 0
	%192 = mul i64 %191, 24
	%193 = add i64 %192, 0
	%194 = getelementptr inbounds i16, i16* %10, i64 %193
	%195 = add i64 %172, 3
	%196 = icmp slt i64 %195, %17
	%197 = select i1 %196, i64 %195, i64 %172
	%198 = sub i64 %197, 0
	%199 = mul i64 %198, 24
	%200 = add i64 %199, 0
	%201 = getelementptr inbounds i16, i16* %10, i64 %200
	%202 = add i64 %172, 4
	%203 = icmp slt i64 %202, %17
	%204 = select i1 %203, i64 %202, i64 %172
	%205 = sub i64 %204, 0
	%206 = mul i64 %205, 24
	%207 = add i64 %206, 0
	%208 = getelementptr inbounds i16, i16* %10, i64 %207
	%209 = add i64 %172, 5
	%210 = icmp slt i64 %209, %17
	%211 = select i1 %210, i64 %209, i64 %172
	%212 = sub i64 %211, 0
	%213 = mul i64 %212, 24
	%214 = add i64 %213, 0
	%215 = getelementptr inbounds i16, i16* %10, i64 %214
	%216 = add i64 %172, 6
	%217 = icmp slt i64 %216, %17
	%218 = select i1 %217, i64 %216, i64 %172
	%219 = sub i64 %218, 0
	%220 = mul i64 %219, 24
	%221 = add i64 %220, 0
	%222 = getelementptr inbounds i16, i16* %10, i64 %221
	%223 = add i64 %172, 7
	%224 = icmp slt i64 %223, %17
	%225 = select i1 %224, i64 %223, i64 %172
	%226 = sub i64 %225, 0
	%227 = mul i64 %226, 24
	%228 = add i64 %227, 0
	%229 = getelementptr inbounds i16, i16* %10, i64 %228
	br label %loop16

loop16:
	%230 = phi i64 [ 0, %body15 ], [ %352, %body17 ]
	%231 = icmp slt i64 %230, 24
	br i1 %231, label %body17, label %done18

body17:
	%232 = getelementptr inbounds i16, i16* %180, i64 %230
	%233 = bitcast i16* %232 to <8 x i16>*
	%234 = load <8 x i16>, <8 x i16>* %233, align 2
	%235 = zext <8 x i16> %234 to <8 x i32>
	%236 = shl <8 x i32> %235, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%237 = bitcast <8 x i32> %236 to <8 x float>
	%238 = select i1 %175, <8 x float> %237, <8 x float> zeroinitializer
	%239 = getelementptr inbounds i16, i16* %187, i64 %230
	%240 = bitcast i16* %239 to <8 x i16>*
	%241 = load <8 x i16>, <8 x i16>* %240, align 2
	%242 = zext <8 x i16> %241 to <8 x i32>
	%243 = shl <8 x i32> %242, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%244 = bitcast <8 x i32> %243 to <8 x float>
	%245 = select i1 %182, <8 x float> %244, <8 x float> zeroinitializer
	%246 = getelementptr inbounds i16, i16* %194, i64 %230
	%247 = bitcast i16* %246 to <8 x i16>*
	%248 = load <8 x i16>, <8 x i16>* %247, align 2
	%249 = zext <8 x i16> %248 to <8 x i32>
	%250 = shl <8 x i32> %249, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%251 = bitcast <8 x i32> %250 to <8 x float>
	%252 = select i1 %189, <8 x float> %251, <8 x float> zeroinitializer
	%253 = getelementptr inbounds i16, i16* %201, i64 %230
	%254 = bitcast i16* %253 to <8 x i16>*
	%255 = load <8 x i16>, <8 x i16>* %254, align 2
	%256 = zext <8 x i16> %255 to <8 x i32>
	%257 = shl <8 x i32> %256, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%258 = bitcast <8 x i32> %257 to <8 x float>
	%259 = select i1 %196, <8 x float> %258, <8 x float> zeroinitializer
	%260 = getelementptr inbounds i16, i16* %208, i64 %230
	%261 = bitcast i16* %260 to <8 x i16>*
	%262 = load <8 x i16>, <8 x i16>* %261, align 2
	%263 = zext <8 x i16> %262 to <8 x i32>
	%264 = shl <8 x i32> %263, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%265 = bitcast <8 x i32> %264 to <8 x float>
	%266 = select i1 %203, <8 x float> %265, <8 x float> zeroinitializer
	%267 = getelementptr inbounds i16, i16* %215, i64 %230
	%268 = bitcast i16* %267 to <8 x i16>*
	%269 = load <8 x i16>, <8 x i16>* %268, align 2
	%270 = zext <8 x i16> %269 to <8 x i32>
	%271 = shl <8 x i32> %270, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%272 = bitcast <8 x i32> %271 to <8 x float>
	%273 = select i1 %210, <8 x float> %272, <8 x float> zeroinitializer
	%274 = getelementptr inbounds i16, i16* %222, i64 %230
	%275 = bitcast i16* %274 to <8 x i16>*
	%276 = load <8 x i16>, <8 x i16>* %275, align 2
	%277 = zext <8 x i16> %276 to <8 x i32>
	%278 = shl <8 x i32> %277, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%279 = bitcast <8 x i32> %278 to <8 x float>
	%280 = select i1 %217, <8 x float> %279, <8 x float> zeroinitializer
	%281 = getelementptr inbounds i16, i16* %229, i64 %230
	%282 = bitcast i16* %281 to <8 x i16>*
	%283 = load <8 x i16>, <8 x i16>* %282, align 2
	%284 = zext <8 x i16> %283 to <8 x i32>
	%285 = shl <8 x i32> %284, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%286 = bitcast <8 x i32> %285 to <8 x float>
	%287 = select i1 %224, <8 x float> %286, <8 x float> zeroinitializer
	%288 = shufflevector <8 x float> %238, <8 x float> %266, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%289 = shufflevector <8 x float> %238, <8 x float> %266, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%290 = shufflevector <8 x float> %245, <8 x float> %273, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%291 = shufflevector <8 x float> %245, <8 x float> %273, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%292 = shufflevector <8 x float> %252, <8 x float> %280, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%293 = shufflevector <8 x float> %252, <8 x float> %280, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%294 = shufflevector <8 x float> %259, <8 x float> %287, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%295 = shufflevector <8 x float> %259, <8 x float> %287, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%296 = shufflevector <8 x float> %288, <8 x float> %292, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%297 = shufflevector <8 x float> %288, <8 x float> %292, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%298 = shufflevector <8 x float> %290, <8 x float> %294, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%299 = shufflevector <8 x float> %290, <8 x float> %294, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%300 = shufflevector <8 x float> %289, <8 x float> %293, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%301 = shufflevector <8 x float> %289, <8 x float> %293, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%302 = shufflevector <8 x float> %291, <8 x float> %295, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%303 = shufflevector <8 x float> %291, <8 x float> %295, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%304 = shufflevector <8 x float> %296, <8 x float> %298, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%305 = shufflevector <8 x float> %296, <8 x float> %298, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%306 = shufflevector <8 x float> %297, <8 x float> %299, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%307 = shufflevector <8 x float> %297, <8 x float> %299, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%308 = shufflevector <8 x float> %300, <8 x float> %302, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%309 = shufflevector <8 x float> %300, <8 x float> %302, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%310 = shufflevector <8 x float> %301, <8 x float> %303, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%311 = shufflevector <8 x float> %301, <8 x float> %303, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%312 = add i64 %230, 0
	%313 = mul i64 %312, 16
	%314 = add i64 %313, 0
	%315 = getelementptr inbounds float, float* %20, i64 %314
	%316 = bitcast float* %315 to <8 x float>*
	store <8 x float> %304, <8 x float>* %316, align 4
	%317 = add i64 %230, 1
	%318 = mul i64 %317, 16
	%319 = add i64 %318, 0
	%320 = getelementptr inbounds float, float* %20, i64 %319
	%321 = bitcast float* %320 to <8 x float>*
	store <8 x float> %305, <8 x float>* %321, align 4
	%322 = add i64 %230, 2
	%323 = mul i64 %322, 16
	%324 = add i64 %323, 0
	%325 = getelementptr inbounds float, float* %20, i64 %324
	%326 = bitcast float* %325 to <8 x float>*
	store <8 x float> %306, <8 x float>* %326, align 4
	%327 = add i64 %230, 3
	%328 = mul i64 %327, 16
	%329 = add i64 %328, 0
	%330 = getelementptr inbounds float, float* %20, i64 %329
	%331 = bitcast float* %330 to <8 x float>*
	store <8 x float> %307, <8 x float>* %331, align 4
	%332 = add i64 %230, 4
	%333 = mul i64 %332, 16
	%334 = add i64 %333, 0
	%335 = getelementptr inbounds float, float* %20, i64 %334
	%336 = bitcast float* %335 to <8 x float>*
	store <8 x float> %308, <8 x float>* %336, align 4
	%337 = add i64 %230, 5
	%338 = mul i64 %337, 16
	%339 = add i64 %338, 0
	%340 = getelementptr inbounds float, float* %20, i64 %339
	%341 = bitcast float* %340 to <8 x float>*
	store <8 x float> %309, <8 x float>* %341, align 4
	%342 = add i64 %230, 6
	%343 = mul i64 %342, 16
	%344 = add i64 %343, 0
	%345 = getelementptr inbounds float, float* %20, i64 %344
	%346 = bitcast float* %345 to <8 x float>*
	store <8 x float> %310, <8 x float>* %346, align 4
	%347 = add i64 %230, 7
	%348 = mul i64 %347, 16
	%349 = add i64 %348, 0
	%350 = getelementptr inbounds float, float* %20, i64 %349
	%351 = bitcast float* %350 to <8 x float>*
	store <8 x float> %311, <8 x float>* %351, align 4
	%352 = add i64 %230, 8
	br label %loop16

done18:
	%353 = add i64 %172, 8
	%354 = icmp slt i64 %353, %17
	%355 = select i1 %354, i64 %353, i64 %172
	%356 = sub i64 %355, 0
	%357 = mul i64 %356, 24
	%358 = add i64 %357, 0
	%359 = getelementptr inbounds i16, i16* %10, i64 %358
	%360 = add i64 %172, 9
	%361 = icmp slt i64 %360, %17
	%362 = select i1 %361, i64 %360, i64 %172
	%363 = sub i64 %362, 0
	%364 = mul i64 %363, 24
	%365 = add i64 %364, 0
	%366 = getelementptr inbounds i16, i16* %10, i64 %365
	%367 = add i64 %172, 10
	%368 = icmp slt i64 %367, %17
	%369 = select i1 %368, i64 %367, i64 %172
	%370 = sub i64 %369, 0
	%371 = mul i64 %370, 24
	%372 = add i64 %371, 0
	%373 = getelementptr inbounds i16, i16* %10, i64 %372
	%374 = add i64 %172, 11
	%375 = icmp slt i64 %374, %17
	%376 = select i1 %375, i64 %374, i64 %172
	%377 = sub i64 %376, 0
	%378 = mul i64 %377, 24
	%379 = add i64 %378, 0
	%380 = getelementptr inbounds i16, i16* %10, i64 %379
	%381 = add i64 %172, 12
	%382 = icmp slt i64 %381, %17
	%383 = select i1 %382, i64 %381, i64 %172
	%384 = sub i64 %383, 0
	%385 = mul i64 %384, 24
	%386 = add i64 %385, 0
	%387 = getelementptr inbounds i16, i16* %10, i64 %386
	%388 = add i64 %172, 13
	%389 = icmp slt i64 %388, %17
	%390 = select i1 %389, i64 %388, i64 %172
	%391 = sub i64 %390, 0
	%392 = mul i64 %391, 24
	%393 = add i64 %392, 0
	%394 = getelementptr inbounds i16, i16* %10, i64 %393
	%395 = add i64 %172, 14
	%396 = icmp slt i64 %395, %17
	%397 = select i1 %396, i64 %395, i64 %172
	%398 = sub i64 %397, 0
	%399 = mul i64 %398, 24
	%400 = add i64 %399, 0
	%401 = getelementptr inbounds i16, i16* %10, i64 %400
	%402 = add i64 %172, 15
	%403 = icmp slt i64 %402, %17
	%404 = select i1 %403, i64 %402, i64 %172
	%405 = sub i64 %404, 0
	%406 = mul i64 %405, 24
	%407 = add i64 %406, 0
	%408 = getelementptr inbounds i16, i16* %10, i64 %407
	br label %loop19

loop19:
	%409 = phi i64 [ 0, %done18 ], [ %531, %body20 ]
	%410 = icmp slt i64 %409, 24
	br i1 %410, label %body20, label %done21

body20:
	%411 = getelementptr inbounds i16, i16* %359, i64 %409
	%412 = bitcast i16* %411 to <8 x i16>*
	%413 = load <8 x i16>, <8 x i16>* %412, align 2
	%414 = zext <8 x i16> %413 to <8 x i32>
	%415 = shl <8 x i32> %414, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%416 = bitcast <8 x i32> %415 to <8 x float>
	%417 = select i1 %354, <8 x float> %416, <8 x float> zeroinitializer
	%418 = getelementptr inbounds i16, i16* %366, i64 %409
	%419 = bitcast i16* %418 to <8 x i16>*
	%420 = load <8 x i16>, <8 x i16>* %419, align 2
	%421 = zext <8 x i16> %420 to <8 x i32>
	%422 = shl <8 x i32> %421, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%423 = bitcast <8 x i32> %422 to <8 x float>
	%424 = select i1 %361, <8 x float> %423, <8 x float> zeroinitializer
	%425 = getelementptr inbounds i16, i16* %373, i64 %409
	%426 = bitcast i16* %425 to <8 x i16>*
	%427 = load <8 x i16>, <8 x i16>* %426, align 2
	%428 = zext <8 x i16> %427 to <8 x i32>
	%429 = shl <8 x i32> %428, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%430 = bitcast <8 x i32> %429 to <8 x float>
	%431 = select i1 %368, <8 x float> %430, <8 x float> zeroinitializer
	%432 = getelementptr inbounds i16, i16* %380, i64 %409
	%433 = bitcast i16* %432 to <8 x i16>*
	%434 = load <8 x i16>, <8 x i16>* %433, align 2
	%435 = zext <8 x i16> %434 to <8 x i32>
	%436 = shl <8 x i32> %435, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%437 = bitcast <8 x i32> %436 to <8 x float>
	%438 = select i1 %375, <8 x float> %437, <8 x float> zeroinitializer
	%439 = getelementptr inbounds i16, i16* %387, i64 %409
	%440 = bitcast i16* %439 to <8 x i16>*
	%441 = load <8 x i16>, <8 x i16>* %440, align 2
	%442 = zext <8 x i16> %441 to <8 x i32>
	%443 = shl <8 x i32> %442, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%444 = bitcast <8 x i32> %443 to <8 x float>
	%445 = select i1 %382, <8 x float> %444, <8 x float> zeroinitializer
	%446 = getelementptr inbounds i16, i16* %394, i64 %409
	%447 = bitcast i16* %446 to <8 x i16>*
	%448 = load <8 x i16>, <8 x i16>* %447, align 2
	%449 = zext <8 x i16> %448 to <8 x i32>
	%450 = shl <8 x i32> %449, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%451 = bitcast <8 x i32> %450 to <8 x float>
	%452 = select i1 %389, <8 x float> %451, <8 x float> zeroinitializer
	%453 = getelementptr inbounds i16, i16* %401, i64 %409
	%454 = bitcast i16* %453 to <8 x i16>*
	%455 = load <8 x i16>, <8 x i16>* %454, align 2
	%456 = zext <8 x i16> %455 to <8 x i32>
	%457 = shl <8 x i32> %456, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%458 = bitcast <8 x i32> %457 to <8 x float>
	%459 = select i1 %396, <8 x float> %458, <8 x float> zeroinitializer
	%460 = getelementptr inbounds i16, i16* %408, i64 %409
	%461 = bitcast i16* %460 to <8 x i16>*
	%462 = load <8 x i16>, <8 x i16>* %461, align 2
	%463 = zext <8 x i16> %462 to <8 x i32>
	%464 = shl <8 x i32> %463, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%465 = bitcast <8 x i32> %464 to <8 x float>
	%466 = select i1 %403, <8 x float> %465, <8 x float> zeroinitializer
	%467 = shufflevector <8 x float> %417, <8 x float> %445, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%468 = shufflevector <8 x float> %417, <8 x float> %445, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%469 = shufflevector <8 x float> %424, <8 x float> %452, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%470 = shufflevector <8 x float> %424, <8 x float> %452, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%471 = shufflevector <8 x float> %431, <8 x float> %459, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%472 = shufflevector <8 x float> %431, <8 x float> %459, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%473 = shufflevector <8 x float> %438, <8 x float> %466, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%474 = shufflevector <8 x float> %438, <8 x float> %466, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%475 = shufflevector <8 x float> %467, <8 x float> %471, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%476 = shufflevector <8 x float> %467, <8 x float> %471, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%477 = shufflevector <8 x float> %469, <8 x float> %473, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%478 = shufflevector <8 x float> %469, <8 x float> %473, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%479 = shufflevector <8 x float> %468, <8 x float> %472, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%480 = shufflevector <8 x float> %468, <8 x float> %472, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%481 = shufflevector <8 x float> %470, <8 x float> %474, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%482 = shufflevector <8 x float> %470, <8 x float> %474, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%483 = shufflevector <8 x float> %475, <8 x float> %477, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%484 = shufflevector <8 x float> %475, <8 x float> %477, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%485 = shufflevector <8 x float> %476, <8 x float> %478, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%486 = shufflevector <8 x float> %476, <8 x float> %478, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%487 = shufflevector <8 x float> %479, <8 x float> %481, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%488 = shufflevector <8 x float> %479, <8 x float> %481, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%489 = shufflevector <8 x float> %480, <8 x float> %482, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%490 = shufflevector <8 x float> %480, <8 x float> %482, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%491 = add i64 %409, 0
	%492 = mul i64 %491, 16
	%493 = add i64 %492, 8
	%494 = getelementptr inbounds float, float* %20, i64 %493
	%495 = bitcast float* %494 to <8 x float>*
	store <8 x float> %483, <8 x float>* %495, align 4
	%496 = add i64 %409, 1
	%497 = mul i64 %496, 16
	%498 = add i64 %497, 8
	%499 = getelementptr inbounds float, float* %20, i64 %498
	%500 = bitcast float* %499 to <8 x float>*
	store <8 x float> %484, <8 x float>* %500, align 4
	%501 = add i64 %409, 2
	%502 = mul i64 %501, 16
	%503 = add i64 %502, 8
	%504 = getelementptr inbounds float, float* %20, i64 %503
	%505 = bitcast float* %504 to <8 x float>*
	store <8 x float> %485, <8 x float>* %505, align 4
	%506 = add i64 %409, 3
	%507 = mul i64 %506, 16
	%508 = add i64 %507, 8
	%509 = getelementptr inbounds float, float* %20, i64 %508
	%510 = bitcast float* %509 to <8 x float>*
	store <8 x float> %486, <8 x float>* %510, align 4
	%511 = add i64 %409, 4
	%512 = mul i64 %511, 16
	%513 = add i64 %512, 8
	%514 = getelementptr inbounds float, float* %20, i64 %513
	%515 = bitcast float* %514 to <8 x float>*
	store <8 x float> %487, <8 x float>* %515, align 4
	%516 = add i64 %409, 5
	%517 = mul i64 %516, 16
	%518 = add i64 %517, 8
	%519 = getelementptr inbounds float, float* %20, i64 %518
	%520 = bitcast float* %519 to <8 x float>*
	store <8 x float> %488, <8 x float>* %520, align 4
	%521 = add i64 %409, 6
	%522 = mul i64 %521, 16
	%523 = add i64 %522, 8
	%524 = getelementptr inbounds float, float* %20, i64 %523
	%525 = bitcast float* %524 to <8 x float>*
	store <8 x float> %489, <8 x float>* %525, align 4
	%526 = add i64 %409, 7
	%527 = mul i64 %526, 16
	%528 = add i64 %527, 8
	%529 = getelementptr inbounds float, float* %20, i64 %528
	%530 = bitcast float* %529 to <8 x float>*
	store <8 x float> %490, <8 x float>* %530, align 4
	%531 = add i64 %409, 8
	br label %loop19

done21:
	%532 = add i64 %172, 16
	br label %loop22

loop22:
	%533 = phi i64 [ %33, %done21 ], [ %1023, %done32 ]
	%534 = icmp slt i64 %533, %170
	br i1 %534, label %body23, label %done33

body23:
	%535 = sub i64 %533, %33
	%536 = sdiv i64 %535, 6
	%537 = srem i64 %536, 16
	%538 = add i64 %532, %537
	%539 = sub i64 %17, %172
	%540 = sub i64 %539, 0
	%541 = sub i64 %539, 8
	%542 = sub i64 %533, %33
	%543 = sdiv i64 %542, 6
	%544 = mul i64 %543, 1536
	%545 = srem i64 %542, 6
	%546 = add i64 %544, %545
	%547 = getelementptr inbounds float, float* %21, i64 %546
	%548 = sub i64 %538, 0
	%549 = mul i64 %548, 24
	%550 = add i64 %549, 0
	%551 = getelementptr inbounds i16, i16* %10, i64 %550
	%552 = bitcast i16* %551 to i8*
	br label %loop24

loop24:
	%553 = phi i64 [ 0, %body23 ], [ %693, %join27 ]
	%554 = phi <8 x float> [ zeroinitializer, %body23 ], [ %656, %join27 ]
	%555 = phi <8 x float> [ zeroinitializer, %body23 ], [ %657, %join27 ]
	%556 = phi <8 x float> [ zeroinitializer, %body23 ], [ %663, %join27 ]
	%557 = phi <8 x float> [ zeroinitializer, %body23 ], [ %664, %join27 ]
	%558 = phi <8 x float> [ zeroinitializer, %body23 ], [ %670, %join27 ]
	%559 = phi <8 x float> [ zeroinitializer, %body23 ], [ %671, %join27 ]
	%560 = phi <8 x float> [ zeroinitializer, %body23 ], [ %677, %join27 ]
	%561 = phi <8 x float> [ zeroinitializer, %body23 ], [ %678, %join27 ]
	%562 = phi <8 x float> [ zeroinitializer, %body23 ], [ %684, %join27 ]
	%563 = phi <8 x float> [ zeroinitializer, %body23 ], [ %685, %join27 ]
	%564 = phi <8 x float> [ zeroinitializer, %body23 ], [ %691, %join27 ]
	%565 = phi <8 x float> [ zeroinitializer, %body23 ], [ %692, %join27 ]
	%566 = icmp slt i64 %553, 7
	br i1 %566, label %body25, label %done29

body25:
	%567 = add i64 %533, 6
	%568 = sdiv i64 %553, 1
	%569 = add i64 %567, %568
	%570 = srem i64 %553, 1
	%571 = mul i64 %570, 16
	%572 = add i64 %172, %571
	%573 = mul i64 %569, 40
	%574 = add i64 %573, %572
	%575 = getelementptr inbounds float, float* %4, i64 %574
	%576 = bitcast float* %575 to i8*
	%577 = sub i64 %553, 6
	%578 = mul i64 %577, 64
	%579 = getelementptr inbounds i8, i8* %552, i64 %578
	%580 = icmp slt i64 %553, 6
	br i1 %580, label %then26, label %else28

then26:
	%581 = bitcast i8* %576 to i8*
	call void @llvm.prefetch.p0i8(i8* %581, i32 0, i32 3, i32 1)
	br label %join27

else28:
	%582 = bitcast i8* %579 to i8*
	call void @llvm.prefetch.p0i8(i8* %582, i32 0, i32 2, i32 1)
	br label %join27

join27:
	%583 = mul i64 %553, 2
	%584 = add i64 %583, 0
	%585 = mul i64 %584, 16
	%586 = add i64 %585, 0
	%587 = getelementptr inbounds float, float* %20, i64 %586
	%588 = bitcast float* %587 to <8 x float>*
	%589 = load <8 x float>, <8 x float>* %588, align 4
	%590 = mul i64 %584, 16
	%591 = add i64 %590, 8
	%592 = getelementptr inbounds float, float* %20, i64 %591
	%593 = bitcast float* %592 to <8 x float>*
	%594 = load <8 x float>, <8 x float>* %593, align 4
	%595 = mul i64 %584, 6
	%596 = add i64 %595, 0
	%597 = getelementptr inbounds float, float* %547, i64 %596
	%598 = load float, float* %597, align 4
	%599 = insertelement <8 x float> undef, float %598, i64 0
	%600 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
	%601 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %600, <8 x float> %589, <8 x float> %554)
	%602 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %600, <8 x float> %594, <8 x float> %555)
	%603 = add i64 %595, 1
	%604 = getelementptr inbounds float, float* %547, i64 %603
	%605 = load float, float* %604, align 4
	%606 = insertelement <8 x float> undef, float %605, i64 0
	%607 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
	%608 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %607, <8 x float> %589, <8 x float> %556)
	%609 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %607, <8 x float> %594, <8 x float> %557)
	%610 = add i64 %595, 2
	%611 = getelementptr inbounds float, float* %547, i64 %610
	%612 = load float, float* %611, align 4
	%613 = insertelement <8 x float> undef, float %612, i64 0
	%614 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
	%615 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %614, <8 x float> %589, <8 x float> %558)
	%616 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %614, <8 x float> %594, <8 x float> %559)
	%617 = add i64 %595, 3
	%618 = getelementptr inbounds float, float* %547, i64 %617
	%619 = load float, float* %618, align 4
	%620 = insertelement <8 x float> undef, float %619, i64 0
	%621 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
	%622 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %621, <8 x float> %589, <8 x float> %560)
	%623 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %621, <8 x float> %594, <8 x float> %561)
	%624 = add i64 %595, 4
	%625 = getelementptr inbounds float, float* %547, i64 %624
	%626 = load float, float* %625, align 4
	%627 = insertelement <8 x float> undef, float %626, i64 0
	%628 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
	%629 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %628, <8 x float> %589, <8 x float> %562)
	%630 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %628, <8 x float> %594, <8 x float> %563)
	%631 = add i64 %595, 5
	%632 = getelementptr inbounds float, float* %547, i64 %631
	%633 = load float, float* %632, align 4
	%634 = insertelement <8 x float> undef, float %633, i64 0
	%635 = shufflevector <8 x float> %634, <8 x float> undef, <8 x i32> zeroinitializer
	%636 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %635, <8 x float> %589, <8 x float> %564)
	%637 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %635, <8 x float> %594, <8 x float> %565)
	%638 = mul i64 %553, 2
	%639 = add i64 %638, 1
	%640 = mul i64 %639, 16
	%641 = add i64 %640, 0
	%642 = getelementptr inbounds float, float* %20, i64 %641
	%643 = bitcast float* %642 to <8 x float>*
	%644 = load <8 x float>, <8 x float>* %643, align 4
	%645 = mul i64 %639, 16
	%646 = add i64 %645, 8
	%647 = getelementptr inbounds float, float* %20, i64 %646
	%648 = bitcast float* %647 to <8 x float>*
	%649 = load <8 x float>, <8 x float>* %648, align 4
	%650 = mul i64 %639, 6
	%651 = add i64 %650, 0
	%652 = getelementptr inbounds float, float* %547, i64 %651
	%653 = load float, float* %652, align 4
	%654 = insertelement <8 x float> undef, float %653, i64 0
	%655 = shufflevector <8 x float> %654, <8 x float> undef, <8 x i32> zeroinitializer
	%656 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %655, <8 x float> %644, <8 x float> %601)
	%657 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %655, <8 x float> %649, <8 x float> %602)
	%658 = add i64 %650, 1
	%659 = getelementptr inbounds float, float* %547, i64 %658
	%660 = load float, float* %659, align 4
	%661 = insertelement <8 x float> undef, float %660, i64 0
	%662 = shufflevector <8 x float> %661, <8 x float> undef, <8 x i32> zeroinitializer
	%663 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %662, <8 x float> %644, <8 x float> %608)
	%664 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %662, <8 x float> %649, <8 x float> %609)
	%665 = add i64 %650, 2
	%666 = getelementptr inbounds float, float* %547, i64 %665
	%667 = load float, float* %666, align 4
	%668 = insertelement <8 x float> undef, float %667, i64 0
	%669 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
	%670 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %669, <8 x float> %644, <8 x float> %615)
	%671 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %669, <8 x float> %649, <8 x float> %616)
	%672 = add i64 %650, 3
	%673 = getelementptr inbounds float, float* %547, i64 %672
	%674 = load float, float* %673, align 4
	%675 = insertelement <8 x float> undef, float %674, i64 0
	%676 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
	%677 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %676, <8 x float> %644, <8 x float> %622)
	%678 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %676, <8 x float> %649, <8 x float> %623)
	%679 = add i64 %650, 4
	%680 = getelementptr inbounds float, float* %547, i64 %679
	%681 = load float, float* %680, align 4
	%682 = insertelement <8 x float> undef, float %681, i64 0
	%683 = shufflevector <8 x float> %682, <8 x float> undef, <8 x i32> zeroinitializer
	%684 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %683, <8 x float> %644, <8 x float> %629)
	%685 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %683, <8 x float> %649, <8 x float> %630)
	%686 = add i64 %650, 5
	%687 = getelementptr inbounds float, float* %547, i64 %686
	%688 = load float, float* %687, align 4
	%689 = insertelement <8 x float> undef, float %688, i64 0
	%690 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
	%691 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %690, <8 x float> %644, <8 x float> %636)
	%692 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %690, <8 x float> %649, <8 x float> %637)
	%693 = add i64 %553, 1
	br label %loop24

done29:
	br label %loop30

loop30:
	%694 = phi i64 [ 7, %done29 ], [ %818, %body31 ]
	%695 = phi <8 x float> [ %554, %done29 ], [ %781, %body31 ]
	%696 = phi <8 x float> [ %555, %done29 ], [ %782, %body31 ]
	%697 = phi <8 x float> [ %556, %done29 ], [ %788, %body31 ]
	%698 = phi <8 x float> [ %557, %done29 ], [ %789, %body31 ]
	%699 = phi <8 x float> [ %558, %done29 ], [ %795, %body31 ]
	%700 = phi <8 x float> [ %559, %done29 ], [ %796, %body31 ]
	%701 = phi <8 x float> [ %560, %done29 ], [ %802, %body31 ]
	%702 = phi <8 x float> [ %561, %done29 ], [ %803, %body31 ]
	%703 = phi <8 x float> [ %562, %done29 ], [ %809, %body31 ]
	%704 = phi <8 x float> [ %563, %done29 ], [ %810, %body31 ]
	%705 = phi <8 x float> [ %564, %done29 ], [ %816, %body31 ]
	%706 = phi <8 x float> [ %565, %done29 ], [ %817, %body31 ]
	%707 = icmp slt i64 %694, 12
	br i1 %707, label %body31, label %done32

body31:
	%708 = mul i64 %694, 2
	%709 = add i64 %708, 0
	%710 = mul i64 %709, 16
	%711 = add i64 %710, 0
	%712 = getelementptr inbounds float, float* %20, i64 %711
	%713 = bitcast float* %712 to <8 x float>*
	%714 = load <8 x float>, <8 x float>* %713, align 4
	%715 = mul i64 %709, 16
	%716 = add i64 %715, 8
	%717 = getelementptr inbounds float, float* %20, i64 %716
	%718 = bitcast float* %717 to <8 x float>*
	%719 = load <8 x float>, <8 x float>* %718, align 4
	%720 = mul i64 %709, 6
	%721 = add i64 %720, 0
	%722 = getelementptr inbounds float, float* %547, i64 %721
	%723 = load float, float* %722, align 4
	%724 = insertelement <8 x float> undef, float %723, i64 0
	%725 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
	%726 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %725, <8 x float> %714, <8 x float> %695)
	%727 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %725, <8 x float> %719, <8 x float> %696)
	%728 = add i64 %720, 1
	%729 = getelementptr inbounds float, float* %547, i64 %728
	%730 = load float, float* %729, align 4
	%731 = insertelement <8 x float> undef, float %730, i64 0
	%732 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
	%733 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %732, <8 x float> %714, <8 x float> %697)
	%734 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %732, <8 x float> %719, <8 x float> %698)
	%735 = add i64 %720, 2
	%736 = getelementptr inbounds float, float* %547, i64 %735
	%737 = load float, float* %736, align 4
	%738 = insertelement <8 x float> undef, float %737, i64 0
	%739 = shufflevector <8 x float> %738, <8 x float> undef, <8 x i32> zeroinitializer
	%740 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %739, <8 x float> %714, <8 x float> %699)
	%741 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %739, <8 x float> %719, <8 x float> %700)
	%742 = add i64 %720, 3
	%743 = getelementptr inbounds float, float* %547, i64 %742
	%744 = load float, float* %743, align 4
	%745 = insertelement <8 x float> undef, float %744, i64 0
	%746 = shufflevector <8 x float> %745, <8 x float> undef, <8 x i32> zeroinitializer
	%747 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %746, <8 x float> %714, <8 x float> %701)
	%748 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %746, <8 x float> %719, <8 x float> %702)
	%749 = add i64 %720, 4
	%750 = getelementptr inbounds float, float* %547, i64 %749
	%751 = load float, float* %750, align 4
	%752 = insertelement <8 x float> undef, float %751, i64 0
	%753 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
	%754 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %753, <8 x float> %714, <8 x float> %703)
	%755 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %753, <8 x float> %719, <8 x float> %704)
	%756 = add i64 %720, 5
	%757 = getelementptr inbounds float, float* %547, i64 %756
	%758 = load float, float* %757, align 4
	%759 = insertelement <8 x float> undef, float %758, i64 0
	%760 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
	%761 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %760, <8 x float> %714, <8 x float> %705)
	%762 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %760, <8 x float> %719, <8 x float> %706)
	%763 = mul i64 %694, 2
	%764 = add i64 %763, 1
	%765 = mul i64 %764, 16
	%766 = add i64 %765, 0
	%767 = getelementptr inbounds float, float* %20, i64 %766
	%768 = bitcast float* %767 to <8 x float>*
	%769 = load <8 x float>, <8 x float>* %768, align 4
	%770 = mul i64 %764, 16
	%771 = add i64 %770, 8
	%772 = getelementptr inbounds float, float* %20, i64 %771
	%773 = bitcast float* %772 to <8 x float>*
	%774 = load <8 x float>, <8 x float>* %773, align 4
	%775 = mul i64 %764, 6
	%776 = add i64 %775, 0
	%777 = getelementptr inbounds float, float* %547, i64 %776
	%778 = load float, float* %777, align 4
	%779 = insertelement <8 x float> undef, float %778, i64 0
	%780 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
	%781 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %780, <8 x float> %769, <8 x float> %726)
	%782 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %780, <8 x float> %774, <8 x float> %727)
	%783 = add i64 %775, 1
	%784 = getelementptr inbounds float, float* %547, i64 %783
	%785 = load float, float* %784, align 4
	%786 = insertelement <8 x float> undef, float %785, i64 0
	%787 = shufflevector <8 x float> %786, <8 x float> undef, <8 x i32> zeroinitializer
	%788 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %787, <8 x float> %769, <8 x float> %733)
	%789 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %787, <8 x float> %774, <8 x float> %734)
	%790 = add i64 %775, 2
	%791 = getelementptr inbounds float, float* %547, i64 %790
	%792 = load float, float* %791, align 4
	%793 = insertelement <8 x float> undef, float %792, i64 0
	%794 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
	%795 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %794, <8 x float> %769, <8 x float> %740)
	%796 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %794, <8 x float> %774, <8 x float> %741)
	%797 = add i64 %775, 3
	%798 = getelementptr inbounds float, float* %547, i64 %797
	%799 = load float, float* %798, align 4
	%800 = insertelement <8 x float> undef, float %799, i64 0
	%801 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
	%802 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %801, <8 x float> %769, <8 x float> %747)
	%803 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %801, <8 x float> %774, <8 x float> %748)
	%804 = add i64 %775, 4
	%805 = getelementptr inbounds float, float* %547, i64 %804
	%806 = load float, float* %805, align 4
	%807 = insertelement <8 x float> undef, float %806, i64 0
	%808 = shufflevector <8 x float> %807, <8 x float> undef, <8 x i32> zeroinitializer
	%809 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %808, <8 x float> %769, <8 x float> %754)
	%810 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %808, <8 x float> %774, <8 x float> %755)
	%811 = add i64 %775, 5
	%812 = getelementptr inbounds float, float* %547, i64 %811
	%813 = load float, float* %812, align 4
	%814 = insertelement <8 x float> undef, float %813, i64 0
	%815 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
	%816 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %815, <8 x float> %769, <8 x float> %761)
	%817 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %815, <8 x float> %774, <8 x float> %762)
	%818 = add i64 %694, 1
	br label %loop30

done32:
	%819 = add i64 %533, 0
	%820 = mul i64 %819, 40
	%821 = add i64 %172, 0
	%822 = add i64 %820, %821
	%823 = fcmp olt <8 x float> %695, zeroinitializer
	%824 = select <8 x i1> %823, <8 x float> zeroinitializer, <8 x float> %695
	%825 = fmul <8 x float> %824, %824
	%826 = getelementptr inbounds float, float* %4, i64 %822
	%827 = bitcast float* %826 to <8 x float>*
	%828 = icmp slt i64 %540, 8
	%829 = select i1 %828, i64 %540, i64 8
	%830 = icmp sgt i64 %829, 0
	%831 = select i1 %830, i64 %829, i64 0
	%832 = trunc i64 %831 to i32
	%833 = insertelement <8 x i32> undef, i32 %832, i64 0
	%834 = shufflevector <8 x i32> %833, <8 x i32> undef, <8 x i32> zeroinitializer
	%835 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %834
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %825, <8 x float>* %827, i32 4, <8 x i1> %835)
	%836 = add i64 %533, 0
	%837 = mul i64 %836, 40
	%838 = add i64 %172, 8
	%839 = add i64 %837, %838
	%840 = fcmp olt <8 x float> %696, zeroinitializer
	%841 = select <8 x i1> %840, <8 x float> zeroinitializer, <8 x float> %696
	%842 = fmul <8 x float> %841, %841
	%843 = getelementptr inbounds float, float* %4, i64 %839
	%844 = bitcast float* %843 to <8 x float>*
	%845 = icmp slt i64 %541, 8
	%846 = select i1 %845, i64 %541, i64 8
	%847 = icmp sgt i64 %846, 0
	%848 = select i1 %847, i64 %846, i64 0
	%849 = trunc i64 %848 to i32
	%850 = insertelement <8 x i32> undef, i32 %849, i64 0
	%851 = shufflevector <8 x i32> %850, <8 x i32> undef, <8 x i32> zeroinitializer
	%852 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %851
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %842, <8 x float>* %844, i32 4, <8 x i1> %852)
	%853 = add i64 %533, 1
	%854 = mul i64 %853, 40
	%855 = add i64 %172, 0
	%856 = add i64 %854, %855
	%857 = fcmp olt <8 x float> %697, zeroinitializer
	%858 = select <8 x i1> %857, <8 x float> zeroinitializer, <8 x float> %697
	%859 = fmul <8 x float> %858, %858
	%860 = getelementptr inbounds float, float* %4, i64 %856
	%861 = bitcast float* %860 to <8 x float>*
	%862 = icmp slt i64 %540, 8
	%863 = select i1 %862, i64 %540, i64 8
	%864 = icmp sgt i64 %863, 0
	%865 = select i1 %864, i64 %863, i64 0
	%866 = trunc i64 %865 to i32
	%867 = insertelement <8 x i32> undef, i32 %866, i64 0
	%868 = shufflevector <8 x i32> %867, <8 x i32> undef, <8 x i32> zeroinitializer
	%869 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %868
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %859, <8 x float>* %861, i32 4, <8 x i1> %869)
	%870 = add i64 %533, 1
	%871 = mul i64 %870, 40
	%872 = add i64 %172, 8
	%873 = add i64 %871, %872
	%874 = fcmp olt <8 x float> %698, zeroinitializer
	%875 = select <8 x i1> %874, <8 x float> zeroinitializer, <8 x float> %698
	%876 = fmul <8 x float> %875, %875
	%877 = getelementptr inbounds float, float* %4, i64 %873
	%878 = bitcast float* %877 to <8 x float>*
	%879 = icmp slt i64 %541, 8
	%880 = select i1 %879, i64 %541, i64 8
	%881 = icmp sgt i64 %880, 0
	%882 = select i1 %881, i64 %880, i64 0
	%883 = trunc i64 %882 to i32
	%884 = insertelement <8 x i32> undef, i32 %883, i64 0
	%885 = shufflevector <8 x i32> %884, <8 x i32> undef, <8 x i32> zeroinitializer
	%886 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %885
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %876, <8 x float>* %878, i32 4, <8 x i1> %886)
	%887 = add i64 %533, 2
	%888 = mul i64 %887, 40
	%889 = add i64 %172, 0
	%890 = add i64 %888, %889
	%891 = fcmp olt <8 x float> %699, zeroinitializer
	%892 = select <8 x i1> %891, <8 x float> zeroinitializer, <8 x float> %699
	%893 = fmul <8 x float> %892, %892
	%894 = getelementptr inbounds float, float* %4, i64 %890
	%895 = bitcast float* %894 to <8 x float>*
	%896 = icmp slt i64 %540, 8
	%897 = select i1 %896, i64 %540, i64 8
	%898 = icmp sgt i64 %897, 0
	%899 = select i1 %898, i64 %897, i64 0
	%900 = trunc i64 %899 to i32
	%901 = insertelement <8 x i32> undef, i32 %900, i64 0
	%902 = shufflevector <8 x i32> %901, <8 x i32> undef, <8 x i32> zeroinitializer
	%903 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %902
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %893, <8 x float>* %895, i32 4, <8 x i1> %903)
	%904 = add i64 %533, 2
	%905 = mul i64 %904, 40
	%906 = add i64 %172, 8
	%907 = add i64 %905, %906
	%908 = fcmp olt <8 x float> %700, zeroinitializer
	%909 = select <8 x i1> %908, <8 x float> zeroinitializer, <8 x float> %700
	%910 = fmul <8 x float> %909, %909
	%911 = getelementptr inbounds float, float* %4, i64 %907
	%912 = bitcast float* %911 to <8 x float>*
	%913 = icmp slt i64 %541, 8
	%914 = select i1 %913, i64 %541, i64 8
	%915 = icmp sgt i64 %914, 0
	%916 = select i1 %915, i64 %914, i64 0
	%917 = trunc i64 %916 to i32
	%918 = insertelement <8 x i32> undef, i32 %917, i64 0
	%919 = shufflevector <8 x i32> %918, <8 x i32> undef, <8 x i32> zeroinitializer
	%920 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %919
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %910, <8 x float>* %912, i32 4, <8 x i1> %920)
	%921 = add i64 %533, 3
	%922 = mul i64 %921, 40
	%923 = add i64 %172, 0
	%924 = add i64 %922, %923
	%925 = fcmp olt <8 x float> %701, zeroinitializer
	%926 = select <8 x i1> %925, <8 x float> zeroinitializer, <8 x float> %701
	%927 = fmul <8 x float> %926, %926
	%928 = getelementptr inbounds float, float* %4, i64 %924
	%929 = bitcast float* %928 to <8 x float>*
	%930 = icmp slt i64 %540, 8
	%931 = select i1 %930, i64 %540, i64 8
	%932 = icmp sgt i64 %931, 0
	%933 = select i1 %932, i64 %931, i64 0
	%934 = trunc i64 %933 to i32
	%935 = insertelement <8 x i32> undef, i32 %934, i64 0
	%936 = shufflevector <8 x i32> %935, <8 x i32> undef, <8 x i32> zeroinitializer
	%937 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %936
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %927, <8 x float>* %929, i32 4, <8 x i1> %937)
	%938 = add i64 %533, 3
	%939 = mul i64 %938, 40
	%940 = add i64 %172, 8
	%941 = add i64 %939, %940
	%942 = fcmp olt <8 x float> %702, zeroinitializer
	%943 = select <8 x i1> %942, <8 x float> zeroinitializer, <8 x float> %702
	%944 = fmul <8 x float> %943, %943
	%945 = getelementptr inbounds float, float* %4, i64 %941
	%946 = bitcast float* %945 to <8 x float>*
	%947 = icmp slt i64 %541, 8
	%948 = select i1 %947, i64 %541, i64 8
	%949 = icmp sgt i64 %948, 0
	%950 = select i1 %949, i64 %948, i64 0
	%951 = trunc i64 %950 to i32
	%952 = insertelement <8 x i32> undef, i32 %951, i64 0
	%953 = shufflevector <8 x i32> %952, <8 x i32> undef, <8 x i32> zeroinitializer
	%954 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %953
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %944, <8 x float>* %946, i32 4, <8 x i1> %954)
	%955 = add i64 %533, 4
	%956 = mul i64 %955, 40
	%957 = add i64 %172, 0
	%958 = add i64 %956, %957
	%959 = fcmp olt <8 x float> %703, zeroinitializer
	%960 = select <8 x i1> %959, <8 x float> zeroinitializer, <8 x float> %703
	%961 = fmul <8 x float> %960, %960
	%962 = getelementptr inbounds float, float* %4, i64 %958
	%963 = bitcast float* %962 to <8 x float>*
	%964 = icmp slt i64 %540, 8
	%965 = select i1 %964, i64 %540, i64 8
	%966 = icmp sgt i64 %965, 0
	%967 = select i1 %966, i64 %965, i64 0
	%968 = trunc i64 %967 to i32
	%969 = insertelement <8 x i32> undef, i32 %968, i64 0
	%970 = shufflevector <8 x i32> %969, <8 x i32> undef, <8 x i32> zeroinitializer
	%971 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %970
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %961, <8 x float>* %963, i32 4, <8 x i1> %971)
	%972 = add i64 %533, 4
	%973 = mul i64 %972, 40
	%974 = add i64 %172, 8
	%975 = add i64 %973, %974
	%976 = fcmp olt <8 x float> %704, zeroinitializer
	%977 = select <8 x i1> %976, <8 x float> zeroinitializer, <8 x float> %704
	%978 = fmul <8 x float> %977, %977
	%979 = getelementptr inbounds float, float* %4, i64 %975
	%980 = bitcast float* %979 to <8 x float>*
	%981 = icmp slt i64 %541, 8
	%982 = select i1 %981, i64 %541, i64 8
	%983 = icmp sgt i64 %982, 0
	%984 = select i1 %983, i64 %982, i64 0
	%985 = trunc i64 %984 to i32
	%986 = insertelement <8 x i32> undef, i32 %985, i64 0
	%987 = shufflevector <8 x i32> %986, <8 x i32> undef, <8 x i32> zeroinitializer
	%988 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %987
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %978, <8 x float>* %980, i32 4, <8 x i1> %988)
	%989 = add i64 %533, 5
	%990 = mul i64 %989, 40
	%991 = add i64 %172, 0
	%992 = add i64 %990, %991
	%993 = fcmp olt <8 x float> %705, zeroinitializer
	%994 = select <8 x i1> %993, <8 x float> zeroinitializer, <8 x float> %705
	%995 = fmul <8 x float> %994, %994
	%996 = getelementptr inbounds float, float* %4, i64 %992
	%997 = bitcast float* %996 to <8 x float>*
	%998 = icmp slt i64 %540, 8
	%999 = select i1 %998, i64 %540, i64 8
	%1000 = icmp sgt i64 %999, 0
	%1001 = select i1 %1000, i64 %999, i64 0
	%1002 = trunc i64 %1001 to i32
	%1003 = insertelement <8 x i32> undef, i32 %1002, i64 0
	%1004 = shufflevector <8 x i32> %1003, <8 x i32> undef, <8 x i32> zeroinitializer
	%1005 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1004
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %995, <8 x float>* %997, i32 4, <8 x i1> %1005)
	%1006 = add i64 %533, 5
	%1007 = mul i64 %1006, 40
	%1008 = add i64 %172, 8
	%1009 = add i64 %1007, %1008
	%1010 = fcmp olt <8 x float> %706, zeroinitializer
	%1011 = select <8 x i1> %1010, <8 x float> zeroinitializer, <8 x float> %706
	%1012 = fmul <8 x float> %1011, %1011
	%1013 = getelementptr inbounds float, float* %4, i64 %1009
	%1014 = bitcast float* %1013 to <8 x float>*
	%1015 = icmp slt i64 %541, 8
	%1016 = select i1 %1015, i64 %541, i64 8
	%1017 = icmp sgt i64 %1016, 0
	%1018 = select i1 %1017, i64 %1016, i64 0
	%1019 = trunc i64 %1018 to i32
	%1020 = insertelement <8 x i32> undef, i32 %1019, i64 0
	%1021 = shufflevector <8 x i32> %1020, <8 x i32> undef, <8 x i32> zeroinitializer
	%1022 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1021
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1012, <8 x float>* %1014, i32 4, <8 x i1> %1022)
	%1023 = add i64 %533, 6
	br label %loop22

done33:
	%1024 = icmp sgt i64 %171, 0
	br i1 %1024, label %then34, label %join35

then34:
	%1025 = sub i64 %17, %172
	%1026 = sub i64 %1025, 0
	%1027 = sub i64 %1025, 8
	%1028 = sub i64 %170, %33
	%1029 = sdiv i64 %1028, 6
	%1030 = mul i64 %1029, 1536
	%1031 = srem i64 %1028, 6
	%1032 = add i64 %1030, %1031
	%1033 = getelementptr inbounds float, float* %21, i64 %1032
	br label %loop36

loop36:
	%1034 = phi i64 [ 0, %then34 ], [ %1158, %body37 ]
	%1035 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1121, %body37 ]
	%1036 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1122, %body37 ]
	%1037 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1128, %body37 ]
	%1038 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1129, %body37 ]
	%1039 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1135, %body37 ]
	%1040 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1136, %body37 ]
	%1041 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1142, %body37 ]
	%1042 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1143, %body37 ]
	%1043 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1149, %body37 ]
	%1044 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1150, %body37 ]
	%1045 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1156, %body37 ]
	%1046 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1157, %body37 ]
	%1047 = icmp slt i64 %1034, 12
	br i1 %1047, label %body37, label %done38

body37:
	%1048 = mul i64 %1034, 2
	%1049 = add i64 %1048, 0
	%1050 = mul i64 %1049, 16
	%1051 = add i64 %1050, 0
	%1052 = getelementptr inbounds float, float* %20, i64 %1051
	%1053 = bitcast float* %1052 to <8 x float>*
	%1054 = load <8 x float>, <8 x float>* %1053, align 4
	%1055 = mul i64 %1049, 16
	%1056 = add i64 %1055, 8
	%1057 = getelementptr inbounds float, float* %20, i64 %1056
	%1058 = bitcast float* %1057 to <8 x float>*
	%1059 = load <8 x float>, <8 x float>* %1058, align 4
	%1060 = mul i64 %1049, 6
	%1061 = add i64 %1060, 0
	%1062 = getelementptr inbounds float, float* %1033, i64 %1061
	%1063 = load float, float* %1062, align 4
	%1064 = insertelement <8 x float> undef, float %1063, i64 0
	%1065 = shufflevector <8 x float> %1064, <8 x float> undef, <8 x i32> zeroinitializer
	%1066 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1065, <8 x float> %1054, <8 x float> %1035)
	%1067 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1065, <8 x float> %1059, <8 x float> %1036)
	%1068 = add i64 %1060, 1
	%1069 = getelementptr inbounds float, float* %1033, i64 %1068
	%1070 = load float, float* %1069, align 4
	%1071 = insertelement <8 x float> undef, float %1070, i64 0
	%1072 = shufflevector <8 x float> %1071, <8 x float> undef, <8 x i32> zeroinitializer
	%1073 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1072, <8 x float> %1054, <8 x float> %1037)
	%1074 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1072, <8 x float> %1059, <8 x float> %1038)
	%1075 = add i64 %1060, 2
	%1076 = getelementptr inbounds float, float* %1033, i64 %1075
	%1077 = load float, float* %1076, align 4
	%1078 = insertelement <8 x float> undef, float %1077, i64 0
	%1079 = shufflevector <8 x float> %1078, <8 x float> undef, <8 x i32> zeroinitializer
	%1080 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1079, <8 x float> %1054, <8 x float> %1039)
	%1081 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1079, <8 x float> %1059, <8 x float> %1040)
	%1082 = add i64 %1060, 3
	%1083 = getelementptr inbounds float, float* %1033, i64 %1082
	%1084 = load float, float* %1083, align 4
	%1085 = insertelement <8 x float> undef, float %1084, i64 0
	%1086 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
	%1087 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1086, <8 x float> %1054, <8 x float> %1041)
	%1088 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1086, <8 x float> %1059, <8 x float> %1042)
	%1089 = add i64 %1060, 4
	%1090 = getelementptr inbounds float, float* %1033, i64 %1089
	%1091 = load float, float* %1090, align 4
	%1092 = insertelement <8 x float> undef, float %1091, i64 0
	%1093 = shufflevector <8 x float> %1092, <8 x float> undef, <8 x i32> zeroinitializer
	%1094 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1093, <8 x float> %1054, <8 x float> %1043)
	%1095 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1093, <8 x float> %1059, <8 x float> %1044)
	%1096 = add i64 %1060, 5
	%1097 = getelementptr inbounds float, float* %1033, i64 %1096
	%1098 = load float, float* %1097, align 4
	%1099 = insertelement <8 x float> undef, float %1098, i64 0
	%1100 = shufflevector <8 x float> %1099, <8 x float> undef, <8 x i32> zeroinitializer
	%1101 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1100, <8 x float> %1054, <8 x float> %1045)
	%1102 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1100, <8 x float> %1059, <8 x float> %1046)
	%1103 = mul i64 %1034, 2
	%1104 = add i64 %1103, 1
	%1105 = mul i64 %1104, 16
	%1106 = add i64 %1105, 0
	%1107 = getelementptr inbounds float, float* %20, i64 %1106
	%1108 = bitcast float* %1107 to <8 x float>*
	%1109 = load <8 x float>, <8 x float>* %1108, align 4
	%1110 = mul i64 %1104, 16
	%1111 = add i64 %1110, 8
	%1112 = getelementptr inbounds float, float* %20, i64 %1111
	%1113 = bitcast float* %1112 to <8 x float>*
	%1114 = load <8 x float>, <8 x float>* %1113, align 4
	%1115 = mul i64 %1104, 6
	%1116 = add i64 %1115, 0
	%1117 = getelementptr inbounds float, float* %1033, i64 %1116
	%1118 = load float, float* %1117, align 4
	%1119 = insertelement <8 x float> undef, float %1118, i64 0
	%1120 = shufflevector <8 x float> %1119, <8 x float> undef, <8 x i32> zeroinitializer
	%1121 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1120, <8 x float> %1109, <8 x float> %1066)
	%1122 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1120, <8 x float> %1114, <8 x float> %1067)
	%1123 = add i64 %1115, 1
	%1124 = getelementptr inbounds float, float* %1033, i64 %1123
	%1125 = load float, float* %1124, align 4
	%1126 = insertelement <8 x float> undef, float %1125, i64 0
	%1127 = shufflevector <8 x float> %1126, <8 x float> undef, <8 x i32> zeroinitializer
	%1128 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1127, <8 x float> %1109, <8 x float> %1073)
	%1129 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1127, <8 x float> %1114, <8 x float> %1074)
	%1130 = add i64 %1115, 2
	%1131 = getelementptr inbounds float, float* %1033, i64 %1130
	%1132 = load float, float* %1131, align 4
	%1133 = insertelement <8 x float> undef, float %1132, i64 0
	%1134 = shufflevector <8 x float> %1133, <8 x float> undef, <8 x i32> zeroinitializer
	%1135 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1134, <8 x float> %1109, <8 x float> %1080)
	%1136 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1134, <8 x float> %1114, <8 x float> %1081)
	%1137 = add i64 %1115, 3
	%1138 = getelementptr inbounds float, float* %1033, i64 %1137
	%1139 = load float, float* %1138, align 4
	%1140 = insertelement <8 x float> undef, float %1139, i64 0
	%1141 = shufflevector <8 x float> %1140, <8 x float> undef, <8 x i32> zeroinitializer
	%1142 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1141, <8 x float> %1109, <8 x float> %1087)
	%1143 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1141, <8 x float> %1114, <8 x float> %1088)
	%1144 = add i64 %1115, 4
	%1145 = getelementptr inbounds float, float* %1033, i64 %1144
	%1146 = load float, float* %1145, align 4
	%1147 = insertelement <8 x float> undef, float %1146, i64 0
	%1148 = shufflevector <8 x float> %1147, <8 x float> undef, <8 x i32> zeroinitializer
	%1149 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1148, <8 x float> %1109, <8 x float> %1094)
	%1150 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1148, <8 x float> %1114, <8 x float> %1095)
	%1151 = add i64 %1115, 5
	%1152 = getelementptr inbounds float, float* %1033, i64 %1151
	%1153 = load float, float* %1152, align 4
	%1154 = insertelement <8 x float> undef, float %1153, i64 0
	%1155 = shufflevector <8 x float> %1154, <8 x float> undef, <8 x i32> zeroinitializer
	%1156 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1155, <8 x float> %1109, <8 x float> %1101)
	%1157 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1155, <8 x float> %1114, <8 x float> %1102)
	%1158 = add i64 %1034, 1
	br label %loop36

done38:
	%1159 = add i64 %170, 0
	%1160 = mul i64 %1159, 40
	%1161 = add i64 %172, 0
	%1162 = add i64 %1160, %1161
	%1163 = fcmp olt <8 x float> %1035, zeroinitializer
	%1164 = select <8 x i1> %1163, <8 x float> zeroinitializer, <8 x float> %1035
	%1165 = fmul <8 x float> %1164, %1164
	%1166 = getelementptr inbounds float, float* %4, i64 %1162
	%1167 = bitcast float* %1166 to <8 x float>*
	%1168 = icmp slt i64 %1026, 8
	%1169 = select i1 %1168, i64 %1026, i64 8
	%1170 = icmp sgt i64 %1169, 0
	%1171 = select i1 %1170, i64 %1169, i64 0
	%1172 = trunc i64 %1171 to i32
	%1173 = insertelement <8 x i32> undef, i32 %1172, i64 0
	%1174 = shufflevector <8 x i32> %1173, <8 x i32> undef, <8 x i32> zeroinitializer
	%1175 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1174
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1165, <8 x float>* %1167, i32 4, <8 x i1> %1175)
	%1176 = add i64 %170, 0
	%1177 = mul i64 %1176, 40
	%1178 = add i64 %172, 8
	%1179 = add i64 %1177, %1178
	%1180 = fcmp olt <8 x float> %1036, zeroinitializer
	%1181 = select <8 x i1> %1180, <8 x float> zeroinitializer, <8 x float> %1036
	%1182 = fmul <8 x float> %1181, %1181
	%1183 = getelementptr inbounds float, float* %4, i64 %1179
	%1184 = bitcast float* %1183 to <8 x float>*
	%1185 = icmp slt i64 %1027, 8
	%1186 = select i1 %1185, i64 %1027, i64 8
	%1187 = icmp sgt i64 %1186, 0
	%1188 = select i1 %1187, i64 %1186, i64 0
	%1189 = trunc i64 %1188 to i32
	%1190 = insertelement <8 x i32> undef, i32 %1189, i64 0
	%1191 = shufflevector <8 x i32> %1190, <8 x i32> undef, <8 x i32> zeroinitializer
	%1192 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1191
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1182, <8 x float>* %1184, i32 4, <8 x i1> %1192)
	%1193 = icmp slt i64 1, %171
	br i1 %1193, label %then39, label %join40

then39:
	%1194 = icmp slt i64 1, %171
	%1195 = select i1 %1194, i64 1, i64 0
	%1196 = add i64 %170, %1195
	%1197 = mul i64 %1196, 40
	%1198 = add i64 %172, 0
	%1199 = add i64 %1197, %1198
	%1200 = fcmp olt <8 x float> %1037, zeroinitializer
	%1201 = select <8 x i1> %1200, <8 x float> zeroinitializer, <8 x float> %1037
	%1202 = fmul <8 x float> %1201, %1201
	%1203 = getelementptr inbounds float, float* %4, i64 %1199
	%1204 = bitcast float* %1203 to <8 x float>*
	%1205 = icmp slt i64 %1026, 8
	%1206 = select i1 %1205, i64 %1026, i64 8
	%1207 = icmp sgt i64 %1206, 0
	%1208 = select i1 %1207, i64 %1206, i64 0
	%1209 = trunc i64 %1208 to i32
	%1210 = insertelement <8 x i32> undef, i32 %1209, i64 0
	%1211 = shufflevector <8 x i32> %1210, <8 x i32> undef, <8 x i32> zeroinitializer
	%1212 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1211
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1202, <8 x float>* %1204, i32 4, <8 x i1> %1212)
	%1213 = icmp slt i64 1, %171
	%1214 = select i1 %1213, i64 1, i64 0
	%1215 = add i64 %170, %1214
	%1216 = mul i64 %1215, 40
	%1217 = add i64 %172, 8
	%1218 = add i64 %1216, %1217
	%1219 = fcmp olt <8 x float> %1038, zeroinitializer
	%1220 = select <8 x i1> %1219, <8 x float> zeroinitializer, <8 x float> %1038
	%1221 = fmul <8 x float> %1220, %1220
	%1222 = getelementptr inbounds float, float* %4, i64 %1218
	%1223 = bitcast float* %1222 to <8 x float>*
	%1224 = icmp slt i64 %1027, 8
	%1225 = select i1 %1224, i64 %1027, i64 8
	%1226 = icmp sgt i64 %1225, 0
	%1227 = select i1 %1226, i64 %1225, i64 0
	%1228 = trunc i64 %1227 to i32
	%1229 = insertelement <8 x i32> undef, i32 %1228, i64 0
	%1230 = shufflevector <8 x i32> %1229, <8 x i32> undef, <8 x i32> zeroinitializer
	%1231 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1230
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1221, <8 x float>* %1223, i32 4, <8 x i1> %1231)
	br label %join40

join40:
	%1232 = icmp slt i64 2, %171
	br i1 %1232, label %then41, label %join42

then41:
	%1233 = icmp slt i64 2, %171
	%1234 = select i1 %1233, i64 2, i64 0
	%1235 = add i64 %170, %1234
	%1236 = mul i64 %1235, 40
	%1237 = add i64 %172, 0
	%1238 = add i64 %1236, %1237
	%1239 = fcmp olt <8 x float> %1039, zeroinitializer
	%1240 = select <8 x i1> %1239, <8 x float> zeroinitializer, <8 x float> %1039
	%1241 = fmul <8 x float> %1240, %1240
	%1242 = getelementptr inbounds float, float* %4, i64 %1238
	%1243 = bitcast float* %1242 to <8 x float>*
	%1244 = icmp slt i64 %1026, 8
	%1245 = select i1 %1244, i64 %1026, i64 8
	%1246 = icmp sgt i64 %1245, 0
	%1247 = select i1 %1246, i64 %1245, i64 0
	%1248 = trunc i64 %1247 to i32
	%1249 = insertelement <8 x i32> undef, i32 %1248, i64 0
	%1250 = shufflevector <8 x i32> %1249, <8 x i32> undef, <8 x i32> zeroinitializer
	%1251 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1250
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1241, <8 x float>* %1243, i32 4, <8 x i1> %1251)
	%1252 = icmp slt i64 2, %171
	%1253 = select i1 %1252, i64 2, i64 0
	%1254 = add i64 %170, %1253
	%1255 = mul i64 %1254, 40
	%1256 = add i64 %172, 8
	%1257 = add i64 %1255, %1256
	%1258 = fcmp olt <8 x float> %1040, zeroinitializer
	%1259 = select <8 x i1> %1258, <8 x float> zeroinitializer, <8 x float> %1040
	%1260 = fmul <8 x float> %1259, %1259
	%1261 = getelementptr inbounds float, float* %4, i64 %1257
	%1262 = bitcast float* %1261 to <8 x float>*
	%1263 = icmp slt i64 %1027, 8
	%1264 = select i1 %1263, i64 %1027, i64 8
	%1265 = icmp sgt i64 %1264, 0
	%1266 = select i1 %1265, i64 %1264, i64 0
	%1267 = trunc i64 %1266 to i32
	%1268 = insertelement <8 x i32> undef, i32 %1267, i64 0
	%1269 = shufflevector <8 x i32> %1268, <8 x i32> undef, <8 x i32> zeroinitializer
	%1270 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1269
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1260, <8 x float>* %1262, i32 4, <8 x i1> %1270)
	br label %join42

join42:
	%1271 = icmp slt i64 3, %171
	br i1 %1271, label %then43, label %join44

then43:
	%1272 = icmp slt i64 3, %171
	%1273 = select i1 %1272, i64 3, i64 0
	%1274 = add i64 %170, %1273
	%1275 = mul i64 %1274, 40
	%1276 = add i64 %172, 0
	%1277 = add i64 %1275, %1276
	%1278 = fcmp olt <8 x float> %1041, zeroinitializer
	%1279 = select <8 x i1> %1278, <8 x float> zeroinitializer, <8 x float> %1041
	%1280 = fmul <8 x float> %1279, %1279
	%1281 = getelementptr inbounds float, float* %4, i64 %1277
	%1282 = bitcast float* %1281 to <8 x float>*
	%1283 = icmp slt i64 %1026, 8
	%1284 = select i1 %1283, i64 %1026, i64 8
	%1285 = icmp sgt i64 %1284, 0
	%1286 = select i1 %1285, i64 %1284, i64 0
	%1287 = trunc i64 %1286 to i32
	%1288 = insertelement <8 x i32> undef, i32 %1287, i64 0
	%1289 = shufflevector <8 x i32> %1288, <8 x i32> undef, <8 x i32> zeroinitializer
	%1290 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1289
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1280, <8 x float>* %1282, i32 4, <8 x i1> %1290)
	%1291 = icmp slt i64 3, %171
	%1292 = select i1 %1291, i64 3, i64 0
	%1293 = add i64 %170, %1292
	%1294 = mul i64 %1293, 40
	%1295 = add i64 %172, 8
	%1296 = add i64 %1294, %1295
	%1297 = fcmp olt <8 x float> %1042, zeroinitializer
	%1298 = select <8 x i1> %1297, <8 x float> zeroinitializer, <8 x float> %1042
	%1299 = fmul <8 x float> %1298, %1298
	%1300 = getelementptr inbounds float, float* %4, i64 %1296
	%1301 = bitcast float* %1300 to <8 x float>*
	%1302 = icmp slt i64 %1027, 8
	%1303 = select i1 %1302, i64 %1027, i64 8
	%1304 = icmp sgt i64 %1303, 0
	%1305 = select i1 %1304, i64 %1303, i64 0
	%1306 = trunc i64 %1305 to i32
	%1307 = insertelement <8 x i32> undef, i32 %1306, i64 0
	%1308 = shufflevector <8 x i32> %1307, <8 x i32> undef, <8 x i32> zeroinitializer
	%1309 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1308
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1299, <8 x float>* %1301, i32 4, <8 x i1> %1309)
	br label %join44

join44:
	%1310 = icmp slt i64 4, %171
	br i1 %1310, label %then45, label %join46

then45:
	%1311 = icmp slt i64 4, %171
	%1312 = select i1 %1311, i64 4, i64 0
	%1313 = add i64 %170, %1312
	%1314 = mul i64 %1313, 40
	%1315 = add i64 %172, 0
	%1316 = add i64 %1314, %1315
	%1317 = fcmp olt <8 x float> %1043, zeroinitializer
	%1318 = select <8 x i1> %1317, <8 x float> zeroinitializer, <8 x float> %1043
	%1319 = fmul <8 x float> %1318, %1318
	%1320 = getelementptr inbounds float, float* %4, i64 %1316
	%1321 = bitcast float* %1320 to <8 x float>*
	%1322 = icmp slt i64 %1026, 8
	%1323 = select i1 %1322, i64 %1026, i64 8
	%1324 = icmp sgt i64 %1323, 0
	%1325 = select i1 %1324, i64 %1323, i64 0
	%1326 = trunc i64 %1325 to i32
	%1327 = insertelement <8 x i32> undef, i32 %1326, i64 0
	%1328 = shufflevector <8 x i32> %1327, <8 x i32> undef, <8 x i32> zeroinitializer
	%1329 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1328
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1319, <8 x float>* %1321, i32 4, <8 x i1> %1329)
	%1330 = icmp slt i64 4, %171
	%1331 = select i1 %1330, i64 4, i64 0
	%1332 = add i64 %170, %1331
	%1333 = mul i64 %1332, 40
	%1334 = add i64 %172, 8
	%1335 = add i64 %1333, %1334
	%1336 = fcmp olt <8 x float> %1044, zeroinitializer
	%1337 = select <8 x i1> %1336, <8 x float> zeroinitializer, <8 x float> %1044
	%1338 = fmul <8 x float> %1337, %1337
	%1339 = getelementptr inbounds float, float* %4, i64 %1335
	%1340 = bitcast float* %1339 to <8 x float>*
	%1341 = icmp slt i64 %1027, 8
	%1342 = select i1 %1341, i64 %1027, i64 8
	%1343 = icmp sgt i64 %1342, 0
	%1344 = select i1 %1343, i64 %1342, i64 0
	%1345 = trunc i64 %1344 to i32
	%1346 = insertelement <8 x i32> undef, i32 %1345, i64 0
	%1347 = shufflevector <8 x i32> %1346, <8 x i32> undef, <8 x i32> zeroinitializer
	%1348 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1347
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1338, <8 x float>* %1340, i32 4, <8 x i1> %1348)
	br label %join46

join46:
	%1349 = icmp slt i64 5, %171
	br i1 %1349, label %then47, label %join48

then47:
	%1350 = icmp slt i64 5, %171
	%1351 = select i1 %1350, i64 5, i64 0
	%1352 = add i64 %170, %1351
	%1353 = mul i64 %1352, 40
	%1354 = add i64 %172, 0
	%1355 = add i64 %1353, %1354
	%1356 = fcmp olt <8 x float> %1045, zeroinitializer
	%1357 = select <8 x i1> %1356, <8 x float> zeroinitializer, <8 x float> %1045
	%1358 = fmul <8 x float> %1357, %1357
	%1359 = getelementptr inbounds float, float* %4, i64 %1355
	%1360 = bitcast float* %1359 to <8 x float>*
	%1361 = icmp slt i64 %1026, 8
	%1362 = select i1 %1361, i64 %1026, i64 8
	%1363 = icmp sgt i64 %1362, 0
	%1364 = select i1 %1363, i64 %1362, i64 0
	%1365 = trunc i64 %1364 to i32
	%1366 = insertelement <8 x i32> undef, i32 %1365, i64 0
	%1367 = shufflevector <8 x i32> %1366, <8 x i32> undef, <8 x i32> zeroinitializer
	%1368 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1367
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1358, <8 x float>* %1360, i32 4, <8 x i1> %1368)
	%1369 = icmp slt i64 5, %171
	%1370 = select i1 %1369, i64 5, i64 0
	%1371 = add i64 %170, %1370
	%1372 = mul i64 %1371, 40
	%1373 = add i64 %172, 8
	%1374 = add i64 %1372, %1373
	%1375 = fcmp olt <8 x float> %1046, zeroinitializer
	%1376 = select <8 x i1> %1375, <8 x float> zeroinitializer, <8 x float> %1046
	%1377 = fmul <8 x float> %1376, %1376
	%1378 = getelementptr inbounds float, float* %4, i64 %1374
	%1379 = bitcast float* %1378 to <8 x float>*
	%1380 = icmp slt i64 %1027, 8
	%1381 = select i1 %1380, i64 %1027, i64 8
	%1382 = icmp sgt i64 %1381, 0
	%1383 = select i1 %1382, i64 %1381, i64 0
	%1384 = trunc i64 %1383 to i32
	%1385 = insertelement <8 x i32> undef, i32 %1384, i64 0
	%1386 = shufflevector <8 x i32> %1385, <8 x i32> undef, <8 x i32> zeroinitializer
	%1387 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1386
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1377, <8 x float>* %1379, i32 4, <8 x i1> %1387)
	br label %join48

join48:
	br label %join35

join35:
	%1388 = add i64 %172, 16
	br label %loop14

done49:
	%1389 = add i64 %31, 1
	br label %loop6

done50:
	br label %join4

then51:
	%1390 = sub i64 %17, %14
	%1391 = sdiv i64 %1390, 8
	%1392 = mul i64 %1391, 8
	%1393 = add i64 %14, %1392
	br label %loop54

else53:
	%1394 = sdiv i64 %12, 4
	%1395 = mul i64 %1394, 4
	br label %loop60

loop54:
	%1396 = phi i64 [ %14, %then51 ], [ %1727, %body55 ]
	%1397 = icmp slt i64 %1396, %1393
	br i1 %1397, label %body55, label %done56

body55:
	%1398 = add i64 %1396, 0
	%1399 = sub i64 %1398, 0
	%1400 = mul i64 %1399, 24
	%1401 = getelementptr inbounds i16, i16* %10, i64 %1400
	%1402 = add i64 %1396, 1
	%1403 = sub i64 %1402, 0
	%1404 = mul i64 %1403, 24
	%1405 = getelementptr inbounds i16, i16* %10, i64 %1404
	%1406 = add i64 %1396, 2
	%1407 = sub i64 %1406, 0
	%1408 = mul i64 %1407, 24
	%1409 = getelementptr inbounds i16, i16* %10, i64 %1408
	%1410 = add i64 %1396, 3
	%1411 = sub i64 %1410, 0
	%1412 = mul i64 %1411, 24
	%1413 = getelementptr inbounds i16, i16* %10, i64 %1412
	%1414 = add i64 %1396, 4
	%1415 = sub i64 %1414, 0
	%1416 = mul i64 %1415, 24
	%1417 = getelementptr inbounds i16, i16* %10, i64 %1416
	%1418 = add i64 %1396, 5
	%1419 = sub i64 %1418, 0
	%1420 = mul i64 %1419, 24
	%1421 = getelementptr inbounds i16, i16* %10, i64 %1420
	%1422 = add i64 %1396, 6
	%1423 = sub i64 %1422, 0
	%1424 = mul i64 %1423, 24
	%1425 = getelementptr inbounds i16, i16* %10, i64 %1424
	%1426 = add i64 %1396, 7
	%1427 = sub i64 %1426, 0
	%1428 = mul i64 %1427, 24
	%1429 = getelementptr inbounds i16, i16* %10, i64 %1428
	%1430 = getelementptr inbounds float, float* %7, i64 0
	%1431 = bitcast float* %1430 to <8 x float>*
	%1432 = load <8 x float>, <8 x float>* %1431, align 4
	%1433 = getelementptr inbounds i16, i16* %1401, i64 0
	%1434 = bitcast i16* %1433 to <8 x i16>*
	%1435 = load <8 x i16>, <8 x i16>* %1434, align 2
	%1436 = zext <8 x i16> %1435 to <8 x i32>
	%1437 = shl <8 x i32> %1436, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1438 = bitcast <8 x i32> %1437 to <8 x float>
	%1439 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1438, <8 x float> %1432, <8 x float> zeroinitializer)
	%1440 = getelementptr inbounds i16, i16* %1405, i64 0
	%1441 = bitcast i16* %1440 to <8 x i16>*
	%1442 = load <8 x i16>, <8 x i16>* %1441, align 2
	%1443 = zext <8 x i16> %1442 to <8 x i32>
	%1444 = shl <8 x i32> %1443, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1445 = bitcast <8 x i32> %1444 to <8 x float>
	%1446 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1445, <8 x float> %1432, <8 x float> zeroinitializer)
	%1447 = getelementptr inbounds i16, i16* %1409, i64 0
	%1448 = bitcast i16* %1447 to <8 x i16>*
	%1449 = load <8 x i16>, <8 x i16>* %1448, align 2
	%1450 = zext <8 x i16> %1449 to <8 x i32>
	%1451 = shl <8 x i32> %1450, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1452 = bitcast <8 x i32> %1451 to <8 x float>
	%1453 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1452, <8 x float> %1432, <8 x float> zeroinitializer)
	%1454 = getelementptr inbounds i16, i16* %1413, i64 0
	%1455 = bitcast i16* %1454 to <8 x i16>*
	%1456 = load <8 x i16>, <8 x i16>* %1455, align 2
	%1457 = zext <8 x i16> %1456 to <8 x i32>
	%1458 = shl <8 x i32> %1457, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1459 = bitcast <8 x i32> %1458 to <8 x float>
	%1460 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1459, <8 x float> %1432, <8 x float> zeroinitializer)
	%1461 = getelementptr inbounds i16, i16* %1417, i64 0
	%1462 = bitcast i16* %1461 to <8 x i16>*
	%1463 = load <8 x i16>, <8 x i16>* %1462, align 2
	%1464 = zext <8 x i16> %1463 to <8 x i32>
	%1465 = shl <8 x i32> %1464, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1466 = bitcast <8 x i32> %1465 to <8 x float>
	%1467 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1466, <8 x float> %1432, <8 x float> zeroinitializer)
	%1468 = getelementptr inbounds i16, i16* %1421, i64 0
	%1469 = bitcast i16* %1468 to <8 x i16>*
	%1470 = load <8 x i16>, <8 x i16>* %1469, align 2
	%1471 = zext <8 x i16> %1470 to <8 x i32>
	%1472 = shl <8 x i32> %1471, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1473 = bitcast <8 x i32> %1472 to <8 x float>
	%1474 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1473, <8 x float> %1432, <8 x float> zeroinitializer)
	%1475 = getelementptr inbounds i16, i16* %1425, i64 0
	%1476 = bitcast i16* %1475 to <8 x i16>*
	%1477 = load <8 x i16>, <8 x i16>* %1476, align 2
	%1478 = zext <8 x i16> %1477 to <8 x i32>
	%1479 = shl <8 x i32> %1478, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1480 = bitcast <8 x i32> %1479 to <8 x float>
	%1481 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1480, <8 x float> %1432, <8 x float> zeroinitializer)
	%1482 = getelementptr inbounds i16, i16* %1429, i64 0
	%1483 = bitcast i16* %1482 to <8 x i16>*
	%1484 = load <8 x i16>, <8 x i16>* %1483, align 2
	%1485 = zext <8 x i16> %1484 to <8 x i32>
	%1486 = shl <8 x i32> %1485, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1487 = bitcast <8 x i32> %1486 to <8 x float>
	%1488 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1487, <8 x float> %1432, <8 x float> zeroinitializer)
	%1489 = getelementptr inbounds float, float* %7, i64 8
	%1490 = bitcast float* %1489 to <8 x float>*
	%1491 = load <8 x float>, <8 x float>* %1490, align 4
	%1492 = getelementptr inbounds i16, i16* %1401, i64 8
	%1493 = bitcast i16* %1492 to <8 x i16>*
	%1494 = load <8 x i16>, <8 x i16>* %1493, align 2
	%1495 = zext <8 x i16> %1494 to <8 x i32>
	%1496 = shl <8 x i32> %1495, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1497 = bitcast <8 x i32> %1496 to <8 x float>
	%1498 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1497, <8 x float> %1491, <8 x float> %1439)
	%1499 = getelementptr inbounds i16, i16* %1405, i64 8
	%1500 = bitcast i16* %1499 to <8 x i16>*
	%1501 = load <8 x i16>, <8 x i16>* %1500, align 2
	%1502 = zext <8 x i16> %1501 to <8 x i32>
	%1503 = shl <8 x i32> %1502, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1504 = bitcast <8 x i32> %1503 to <8 x float>
	%1505 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1504, <8 x float> %1491, <8 x float> %1446)
	%1506 = getelementptr inbounds i16, i16* %1409, i64 8
	%1507 = bitcast i16* %1506 to <8 x i16>*
	%1508 = load <8 x i16>, <8 x i16>* %1507, align 2
	%1509 = zext <8 x i16> %1508 to <8 x i32>
	%1510 = shl <8 x i32> %1509, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1511 = bitcast <8 x i32> %1510 to <8 x float>
	%1512 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1511, <8 x float> %1491, <8 x float> %1453)
	%1513 = getelementptr inbounds i16, i16* %1413, i64 8
	%1514 = bitcast i16* %1513 to <8 x i16>*
	%1515 = load <8 x i16>, <8 x i16>* %1514, align 2
	%1516 = zext <8 x i16> %1515 to <8 x i32>
	%1517 = shl <8 x i32> %1516, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1518 = bitcast <8 x i32> %1517 to <8 x float>
	%1519 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1518, <8 x float> %1491, <8 x float> %1460)
	%1520 = getelementptr inbounds i16, i16* %1417, i64 8
	%1521 = bitcast i16* %1520 to <8 x i16>*
	%1522 = load <8 x i16>, <8 x i16>* %1521, align 2
	%1523 = zext <8 x i16> %1522 to <8 x i32>
	%1524 = shl <8 x i32> %1523, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1525 = bitcast <8 x i32> %1524 to <8 x float>
	%1526 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1525, <8 x float> %1491, <8 x float> %1467)
	%1527 = getelementptr inbounds i16, i16* %1421, i64 8
	%1528 = bitcast i16* %1527 to <8 x i16>*
	%1529 = load <8 x i16>, <8 x i16>* %1528, align 2
	%1530 = zext <8 x i16> %1529 to <8 x i32>
	%1531 = shl <8 x i32> %1530, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1532 = bitcast <8 x i32> %1531 to <8 x float>
	%1533 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1532, <8 x float> %1491, <8 x float> %1474)
	%1534 = getelementptr inbounds i16, i16* %1425, i64 8
	%1535 = bitcast i16* %1534 to <8 x i16>*
	%1536 = load <8 x i16>, <8 x i16>* %1535, align 2
	%1537 = zext <8 x i16> %1536 to <8 x i32>
	%1538 = shl <8 x i32> %1537, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1539 = bitcast <8 x i32> %1538 to <8 x float>
	%1540 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1539, <8 x float> %1491, <8 x float> %1481)
	%1541 = getelementptr inbounds i16, i16* %1429, i64 8
	%1542 = bitcast i16* %1541 to <8 x i16>*
	%1543 = load <8 x i16>, <8 x i16>* %1542, align 2
	%1544 = zext <8 x i16> %1543 to <8 x i32>
	%1545 = shl <8 x i32> %1544, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1546 = bitcast <8 x i32> %1545 to <8 x float>
	%1547 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1546, <8 x float> %1491, <8 x float> %1488)
	%1548 = getelementptr inbounds float, float* %7, i64 16
	%1549 = bitcast float* %1548 to <8 x float>*
	%1550 = load <8 x float>, <8 x float>* %1549, align 4
	%1551 = getelementptr inbounds i16, i16* %1401, i64 16
	%1552 = bitcast i16* %1551 to <8 x i16>*
	%1553 = load <8 x i16>, <8 x i16>* %1552, align 2
	%1554 = zext <8 x i16> %1553 to <8 x i32>
	%1555 = shl <8 x i32> %1554, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1556 = bitcast <8 x i32> %1555 to <8 x float>
	%1557 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1556, <8 x float> %1550, <8 x float> %1498)
	%1558 = getelementptr inbounds i16, i16* %1405, i64 16
	%1559 = bitcast i16* %1558 to <8 x i16>*
	%1560 = load <8 x i16>, <8 x i16>* %1559, align 2
	%1561 = zext <8 x i16> %1560 to <8 x i32>
	%1562 = shl <8 x i32> %1561, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1563 = bitcast <8 x i32> %1562 to <8 x float>
	%1564 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1563, <8 x float> %1550, <8 x float> %1505)
	%1565 = getelementptr inbounds i16, i16* %1409, i64 16
	%1566 = bitcast i16* %1565 to <8 x i16>*
	%1567 = load <8 x i16>, <8 x i16>* %1566, align 2
	%1568 = zext <8 x i16> %1567 to <8 x i32>
	%1569 = shl <8 x i32> %1568, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1570 = bitcast <8 x i32> %1569 to <8 x float>
	%1571 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1570, <8 x float> %1550, <8 x float> %1512)
	%1572 = getelementptr inbounds i16, i16* %1413, i64 16
	%1573 = bitcast i16* %1572 to <8 x i16>*
	%1574 = load <8 x i16>, <8 x i16>* %1573, align 2
	%1575 = zext <8 x i16> %1574 to <8 x i32>
	%1576 = shl <8 x i32> %1575, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1577 = bitcast <8 x i32> %1576 to <8 x float>
	%1578 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1577, <8 x float> %1550, <8 x float> %1519)
	%1579 = getelementptr inbounds i16, i16* %1417, i64 16
	%1580 = bitcast i16* %1579 to <8 x i16>*
	%1581 = load <8 x i16>, <8 x i16>* %1580, align 2
	%1582 = zext <8 x i16> %1581 to <8 x i32>
	%1583 = shl <8 x i32> %1582, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1584 = bitcast <8 x i32> %1583 to <8 x float>
	%1585 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1584, <8 x float> %1550, <8 x float> %1526)
	%1586 = getelementptr inbounds i16, i16* %1421, i64 16
	%1587 = bitcast i16* %1586 to <8 x i16>*
	%1588 = load <8 x i16>, <8 x i16>* %1587, align 2
	%1589 = zext <8 x i16> %1588 to <8 x i32>
	%1590 = shl <8 x i32> %1589, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1591 = bitcast <8 x i32> %1590 to <8 x float>
	%1592 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1591, <8 x float> %1550, <8 x float> %1533)
	%1593 = getelementptr inbounds i16, i16* %1425, i64 16
	%1594 = bitcast i16* %1593 to <8 x i16>*
	%1595 = load <8 x i16>, <8 x i16>* %1594, align 2
	%1596 = zext <8 x i16> %1595 to <8 x i32>
	%1597 = shl <8 x i32> %1596, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1598 = bitcast <8 x i32> %1597 to <8 x float>
	%1599 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1598, <8 x float> %1550, <8 x float> %1540)
	%1600 = getelementptr inbounds i16, i16* %1429, i64 16
	%1601 = bitcast i16* %1600 to <8 x i16>*
	%1602 = load <8 x i16>, <8 x i16>* %1601, align 2
	%1603 = zext <8 x i16> %1602 to <8 x i32>
	%1604 = shl <8 x i32> %1603, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1605 = bitcast <8 x i32> %1604 to <8 x float>
	%1606 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1605, <8 x float> %1550, <8 x float> %1547)
	%1607 = add i64 %1396, 0
	%1608 = shufflevector <8 x float> %1557, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1609 = shufflevector <8 x float> %1557, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1610 = fadd <4 x float> %1608, %1609
	%1611 = shufflevector <4 x float> %1610, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1612 = shufflevector <4 x float> %1610, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1613 = fadd <2 x float> %1611, %1612
	%1614 = shufflevector <2 x float> %1613, <2 x float> undef, <1 x i32> <i32 0>
	%1615 = shufflevector <2 x float> %1613, <2 x float> undef, <1 x i32> <i32 1>
	%1616 = fadd <1 x float> %1614, %1615
	%1617 = extractelement <1 x float> %1616, i64 0
	%1618 = fcmp olt float %1617, 0.0
	%1619 = select i1 %1618, float 0.0, float %1617
	%1620 = fmul float %1619, %1619
	%1621 = getelementptr inbounds float, float* %4, i64 %1607
	store float %1620, float* %1621, align 4
	%1622 = add i64 %1396, 1
	%1623 = shufflevector <8 x float> %1564, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1624 = shufflevector <8 x float> %1564, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1625 = fadd <4 x float> %1623, %1624
	%1626 = shufflevector <4 x float> %1625, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1627 = shufflevector <4 x float> %1625, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1628 = fadd <2 x float> %1626, %1627
	%1629 = shufflevector <2 x float> %1628, <2 x float> undef, <1 x i32> <i32 0>
	%1630 = shufflevector <2 x float> %1628, <2 x float> undef, <1 x i32> <i32 1>
	%1631 = fadd <1 x float> %1629, %1630
	%1632 = extractelement <1 x float> %1631, i64 0
	%1633 = fcmp olt float %1632, 0.0
	%1634 = select i1 %1633, float 0.0, float %1632
	%1635 = fmul float %1634, %1634
	%1636 = getelementptr inbounds float, float* %4, i64 %1622
	store float %1635, float* %1636, align 4
	%1637 = add i64 %1396, 2
	%1638 = shufflevector <8 x float> %1571, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1639 = shufflevector <8 x float> %1571, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1640 = fadd <4 x float> %1638, %1639
	%1641 = shufflevector <4 x float> %1640, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1642 = shufflevector <4 x float> %1640, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1643 = fadd <2 x float> %1641, %1642
	%1644 = shufflevector <2 x float> %1643, <2 x float> undef, <1 x i32> <i32 0>
	%1645 = shufflevector <2 x float> %1643, <2 x float> undef, <1 x i32> <i32 1>
	%1646 = fadd <1 x float> %1644, %1645
	%1647 = extractelement <1 x float> %1646, i64 0
	%1648 = fcmp olt float %1647, 0.0
	%1649 = select i1 %1648, float 0.0, float %1647
	%1650 = fmul float %1649, %1649
	%1651 = getelementptr inbounds float, float* %4, i64 %1637
	store float %1650, float* %1651, align 4
	%1652 = add i64 %1396, 3
	%1653 = shufflevector <8 x float> %1578, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1654 = shufflevector <8 x float> %1578, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1655 = fadd <4 x float> %1653, %1654
	%1656 = shufflevector <4 x float> %1655, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1657 = shufflevector <4 x float> %1655, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1658 = fadd <2 x float> %1656, %1657
	%1659 = shufflevector <2 x float> %1658, <2 x float> undef, <1 x i32> <i32 0>
	%1660 = shufflevector <2 x float> %1658, <2 x float> undef, <1 x i32> <i32 1>
	%1661 = fadd <1 x float> %1659, %1660
	%1662 = extractelement <1 x float> %1661, i64 0
	%1663 = fcmp olt float %1662, 0.0
	%1664 = select i1 %1663, float 0.0, float %1662
	%1665 = fmul float %1664, %1664
	%1666 = getelementptr inbounds float, float* %4, i64 %1652
	store float %1665, float* %1666, align 4
	%1667 = add i64 %1396, 4
	%1668 = shufflevector <8 x float> %1585, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1669 = shufflevector <8 x float> %1585, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1670 = fadd <4 x float> %1668, %1669
	%1671 = shufflevector <4 x float> %1670, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1672 = shufflevector <4 x float> %1670, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1673 = fadd <2 x float> %1671, %1672
	%1674 = shufflevector <2 x float> %1673, <2 x float> undef, <1 x i32> <i32 0>
	%1675 = shufflevector <2 x float> %1673, <2 x float> undef, <1 x i32> <i32 1>
	%1676 = fadd <1 x float> %1674, %1675
	%1677 = extractelement <1 x float> %1676, i64 0
	%1678 = fcmp olt float %1677, 0.0
	%1679 = select i1 %1678, float 0.0, float %1677
	%1680 = fmul float %1679, %1679
	%1681 = getelementptr inbounds float, float* %4, i64 %1667
	store float %1680, float* %1681, align 4
	%1682 = add i64 %1396, 5
	%1683 = shufflevector <8 x float> %1592, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1684 = shufflevector <8 x float> %1592, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1685 = fadd <4 x float> %1683, %1684
	%1686 = shufflevector <4 x float> %1685, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1687 = shufflevector <4 x float> %1685, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1688 = fadd <2 x float> %1686, %1687
	%1689 = shufflevector <2 x float> %1688, <2 x float> undef, <1 x i32> <i32 0>
	%1690 = shufflevector <2 x float> %1688, <2 x float> undef, <1 x i32> <i32 1>
	%1691 = fadd <1 x float> %1689, %1690
	%1692 = extractelement <1 x float> %1691, i64 0
	%1693 = fcmp olt float %1692, 0.0
	%1694 = select i1 %1693, float 0.0, float %1692
	%1695 = fmul float %1694, %1694
	%1696 = getelementptr inbounds float, float* %4, i64 %1682
	store float %1695, float* %1696, align 4
	%1697 = add i64 %1396, 6
	%1698 = shufflevector <8 x float> %1599, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1699 = shufflevector <8 x float> %1599, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1700 = fadd <4 x float> %1698, %1699
	%1701 = shufflevector <4 x float> %1700, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1702 = shufflevector <4 x float> %1700, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1703 = fadd <2 x float> %1701, %1702
	%1704 = shufflevector <2 x float> %1703, <2 x float> undef, <1 x i32> <i32 0>
	%1705 = shufflevector <2 x float> %1703, <2 x float> undef, <1 x i32> <i32 1>
	%1706 = fadd <1 x float> %1704, %1705
	%1707 = extractelement <1 x float> %1706, i64 0
	%1708 = fcmp olt float %1707, 0.0
	%1709 = select i1 %1708, float 0.0, float %1707
	%1710 = fmul float %1709, %1709
	%1711 = getelementptr inbounds float, float* %4, i64 %1697
	store float %1710, float* %1711, align 4
	%1712 = add i64 %1396, 7
	%1713 = shufflevector <8 x float> %1606, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1714 = shufflevector <8 x float> %1606, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1715 = fadd <4 x float> %1713, %1714
	%1716 = shufflevector <4 x float> %1715, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1717 = shufflevector <4 x float> %1715, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1718 = fadd <2 x float> %1716, %1717
	%1719 = shufflevector <2 x float> %1718, <2 x float> undef, <1 x i32> <i32 0>
	%1720 = shufflevector <2 x float> %1718, <2 x float> undef, <1 x i32> <i32 1>
	%1721 = fadd <1 x float> %1719, %1720
	%1722 = extractelement <1 x float> %1721, i64 0
	%1723 = fcmp olt float %1722, 0.0
	%1724 = select i1 %1723, float 0.0, float %1722
	%1725 = fmul float %1724, %1724
	%1726 = getelementptr inbounds float, float* %4, i64 %1712
	store float %1725, float* %1726, align 4
	%1727 = add i64 %1396, 8
	br label %loop54

done56:
	br label %loop57

loop57:
	%1728 = phi i64 [ %1393, %done56 ], [ %1779, %body58 ]
	%1729 = icmp slt i64 %1728, %17
	br i1 %1729, label %body58, label %done59

body58:
	%1730 = add i64 %1728, 0
	%1731 = sub i64 %1730, 0
	%1732 = mul i64 %1731, 24
	%1733 = getelementptr inbounds i16, i16* %10, i64 %1732
	%1734 = getelementptr inbounds float, float* %7, i64 0
	%1735 = bitcast float* %1734 to <8 x float>*
	%1736 = load <8 x float>, <8 x float>* %1735, align 4
	%1737 = getelementptr inbounds i16, i16* %1733, i64 0
	%1738 = bitcast i16* %1737 to <8 x i16>*
	%1739 = load <8 x i16>, <8 x i16>* %1738, align 2
	%1740 = zext <8 x i16> %1739 to <8 x i32>
	%1741 = shl <8 x i32> %1740, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1742 = bitcast <8 x i32> %1741 to <8 x float>
	%1743 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1742, <8 x float> %1736, <8 x float> zeroinitializer)
	%1744 = getelementptr inbounds float, float* %7, i64 8
	%1745 = bitcast float* %1744 to <8 x float>*
	%1746 = load <8 x float>, <8 x float>* %1745, align 4
	%1747 = getelementptr inbounds i16, i16* %1733, i64 8
	%1748 = bitcast i16* %1747 to <8 x i16>*
	%1749 = load <8 x i16>, <8 x i16>* %1748, align 2
	%1750 = zext <8 x i16> %1749 to <8 x i32>
	%1751 = shl <8 x i32> %1750, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1752 = bitcast <8 x i32> %1751 to <8 x float>
	%1753 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1752, <8 x float> %1746, <8 x float> %1743)
	%1754 = getelementptr inbounds float, float* %7, i64 16
	%1755 = bitcast float* %1754 to <8 x float>*
	%1756 = load <8 x float>, <8 x float>* %1755, align 4
	%1757 = getelementptr inbounds i16, i16* %1733, i64 16
	%1758 = bitcast i16* %1757 to <8 x i16>*
	%1759 = load <8 x i16>, <8 x i16>* %1758, align 2
	%1760 = zext <8 x i16> %1759 to <8 x i32>
	%1761 = shl <8 x i32> %1760, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1762 = bitcast <8 x i32> %1761 to <8 x float>
	%1763 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1762, <8 x float> %1756, <8 x float> %1753)
	%1764 = add i64 %1728, 0
	%1765 = shufflevector <8 x float> %1763, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1766 = shufflevector <8 x float> %1763, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1767 = fadd <4 x float> %1765, %1766
	%1768 = shufflevector <4 x float> %1767, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1769 = shufflevector <4 x float> %1767, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1770 = fadd <2 x float> %1768, %1769
	%1771 = shufflevector <2 x float> %1770, <2 x float> undef, <1 x i32> <i32 0>
	%1772 = shufflevector <2 x float> %1770, <2 x float> undef, <1 x i32> <i32 1>
	%1773 = fadd <1 x float> %1771, %1772
	%1774 = extractelement <1 x float> %1773, i64 0
	%1775 = fcmp olt float %1774, 0.0
	%1776 = select i1 %1775, float 0.0, float %1774
	%1777 = fmul float %1776, %1776
	%1778 = getelementptr inbounds float, float* %4, i64 %1764
	store float %1777, float* %1778, align 4
	%1779 = add i64 %1728, 1
	br label %loop57

done59:
	br label %join52

loop60:
	%1780 = phi i64 [ %14, %else53 ], [ %2010, %done70 ]
	%1781 = icmp slt i64 %1780, %17
	br i1 %1781, label %body61, label %done71

body61:
	br label %loop62

loop62:
	%1782 = phi i64 [ 0, %body61 ], [ %1950, %done66 ]
	%1783 = icmp slt i64 %1782, %1395
	br i1 %1783, label %body63, label %done67

body63:
	%1784 = add i64 %1782, 0
	%1785 = mul i64 %1784, 24
	%1786 = getelementptr inbounds float, float* %7, i64 %1785
	%1787 = add i64 %1782, 1
	%1788 = mul i64 %1787, 24
	%1789 = getelementptr inbounds float, float* %7, i64 %1788
	%1790 = add i64 %1782, 2
	%1791 = mul i64 %1790, 24
	%1792 = getelementptr inbounds float, float* %7, i64 %1791
	%1793 = add i64 %1782, 3
	%1794 = mul i64 %1793, 24
	%1795 = getelementptr inbounds float, float* %7, i64 %1794
	%1796 = sub i64 %1780, 0
	%1797 = mul i64 %1796, 24
	%1798 = getelementptr inbounds i16, i16* %10, i64 %1797
	br label %loop64

loop64:
	%1799 = phi i64 [ 0, %body63 ], [ %1855, %body65 ]
	%1800 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1819, %body65 ]
	%1801 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1842, %body65 ]
	%1802 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1823, %body65 ]
	%1803 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1846, %body65 ]
	%1804 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1827, %body65 ]
	%1805 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1850, %body65 ]
	%1806 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1831, %body65 ]
	%1807 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1854, %body65 ]
	%1808 = icmp slt i64 %1799, 16
	br i1 %1808, label %body65, label %done66

body65:
	%1809 = add i64 %1799, 0
	%1810 = getelementptr inbounds i16, i16* %1798, i64 %1809
	%1811 = bitcast i16* %1810 to <8 x i16>*
	%1812 = load <8 x i16>, <8 x i16>* %1811, align 2
	%1813 = zext <8 x i16> %1812 to <8 x i32>
	%1814 = shl <8 x i32> %1813, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1815 = bitcast <8 x i32> %1814 to <8 x float>
	%1816 = getelementptr inbounds float, float* %1786, i64 %1809
	%1817 = bitcast float* %1816 to <8 x float>*
	%1818 = load <8 x float>, <8 x float>* %1817, align 4
	%1819 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1818, <8 x float> %1815, <8 x float> %1800)
	%1820 = getelementptr inbounds float, float* %1789, i64 %1809
	%1821 = bitcast float* %1820 to <8 x float>*
	%1822 = load <8 x float>, <8 x float>* %1821, align 4
	%1823 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1822, <8 x float> %1815, <8 x float> %1802)
	%1824 = getelementptr inbounds float, float* %1792, i64 %1809
	%1825 = bitcast float* %1824 to <8 x float>*
	%1826 = load <8 x float>, <8 x float>* %1825, align 4
	%1827 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1826, <8 x float> %1815, <8 x float> %1804)
	%1828 = getelementptr inbounds float, float* %1795, i64 %1809
	%1829 = bitcast float* %1828 to <8 x float>*
	%1830 = load <8 x float>, <8 x float>* %1829, align 4
	%1831 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1830, <8 x float> %1815, <8 x float> %1806)
	%1832 = add i64 %1799, 8
	%1833 = getelementptr inbounds i16, i16* %1798, i64 %1832
	%1834 = bitcast i16* %1833 to <8 x i16>*
	%1835 = load <8 x i16>, <8 x i16>* %1834, align 2
	%1836 = zext <8 x i16> %1835 to <8 x i32>
	%1837 = shl <8 x i32> %1836, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1838 = bitcast <8 x i32> %1837 to <8 x float>
	%1839 = getelementptr inbounds float, float* %1786, i64 %1832
	%1840 = bitcast float* %1839 to <8 x float>*
	%1841 = load <8 x float>, <8 x float>* %1840, align 4
	%1842 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1841, <8 x float> %1838, <8 x float> %1801)
	%1843 = getelementptr inbounds float, float* %1789, i64 %1832
	%1844 = bitcast float* %1843 to <8 x float>*
	%1845 = load <8 x float>, <8 x float>* %1844, align 4
	%1846 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1845, <8 x float> %1838, <8 x float> %1803)
	%1847 = getelementptr inbounds float, float* %1792, i64 %1832
	%1848 = bitcast float* %1847 to <8 x float>*
	%1849 = load <8 x float>, <8 x float>* %1848, align 4
	%1850 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1849, <8 x float> %1838, <8 x float> %1805)
	%1851 = getelementptr inbounds float, float* %1795, i64 %1832
	%1852 = bitcast float* %1851 to <8 x float>*
	%1853 = load <8 x float>, <8 x float>* %1852, align 4
	%1854 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1853, <8 x float> %1838, <8 x float> %1807)
	%1855 = add i64 %1799, 16
	br label %loop64

done66:
	%1856 = getelementptr inbounds i16, i16* %1798, i64 16
	%1857 = bitcast i16* %1856 to <8 x i16>*
	%1858 = load <8 x i16>, <8 x i16>* %1857, align 2
	%1859 = zext <8 x i16> %1858 to <8 x i32>
	%1860 = shl <8 x i32> %1859, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1861 = bitcast <8 x i32> %1860 to <8 x float>
	%1862 = getelementptr inbounds float, float* %1786, i64 16
	%1863 = bitcast float* %1862 to <8 x float>*
	%1864 = load <8 x float>, <8 x float>* %1863, align 4
	%1865 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1864, <8 x float> %1861, <8 x float> %1800)
	%1866 = getelementptr inbounds float, float* %1789, i64 16
	%1867 = bitcast float* %1866 to <8 x float>*
	%1868 = load <8 x float>, <8 x float>* %1867, align 4
	%1869 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1868, <8 x float> %1861, <8 x float> %1802)
	%1870 = getelementptr inbounds float, float* %1792, i64 16
	%1871 = bitcast float* %1870 to <8 x float>*
	%1872 = load <8 x float>, <8 x float>* %1871, align 4
	%1873 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1872, <8 x float> %1861, <8 x float> %1804)
	%1874 = getelementptr inbounds float, float* %1795, i64 16
	%1875 = bitcast float* %1874 to <8 x float>*
	%1876 = load <8 x float>, <8 x float>* %1875, align 4
	%1877 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1876, <8 x float> %1861, <8 x float> %1806)
	%1878 = fadd <8 x float> %1865, %1801
	%1879 = add i64 %1782, 0
	%1880 = mul i64 %1879, 40
	%1881 = add i64 %1880, %1780
	%1882 = shufflevector <8 x float> %1878, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1883 = shufflevector <8 x float> %1878, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1884 = fadd <4 x float> %1882, %1883
	%1885 = shufflevector <4 x float> %1884, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1886 = shufflevector <4 x float> %1884, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1887 = fadd <2 x float> %1885, %1886
	%1888 = shufflevector <2 x float> %1887, <2 x float> undef, <1 x i32> <i32 0>
	%1889 = shufflevector <2 x float> %1887, <2 x float> undef, <1 x i32> <i32 1>
	%1890 = fadd <1 x float> %1888, %1889
	%1891 = extractelement <1 x float> %1890, i64 0
	%1892 = fcmp olt float %1891, 0.0
	%1893 = select i1 %1892, float 0.0, float %1891
	%1894 = fmul float %1893, %1893
	%1895 = getelementptr inbounds float, float* %4, i64 %1881
	store float %1894, float* %1895, align 4
	%1896 = fadd <8 x float> %1869, %1803
	%1897 = add i64 %1782, 1
	%1898 = mul i64 %1897, 40
	%1899 = add i64 %1898, %1780
	%1900 = shufflevector <8 x float> %1896, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1901 = shufflevector <8 x float> %1896, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1902 = fadd <4 x float> %1900, %1901
	%1903 = shufflevector <4 x float> %1902, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1904 = shufflevector <4 x float> %1902, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1905 = fadd <2 x float> %1903, %1904
	%1906 = shufflevector <2 x float> %1905, <2 x float> undef, <1 x i32> <i32 0>
	%1907 = shufflevector <2 x float> %1905, <2 x float> undef, <1 x i32> <i32 1>
	%1908 = fadd <1 x float> %1906, %1907
	%1909 = extractelement <1 x float> %1908, i64 0
	%1910 = fcmp olt float %1909, 0.0
	%1911 = select i1 %1910, float 0.0, float %1909
	%1912 = fmul float %1911, %1911
	%1913 = getelementptr inbounds float, float* %4, i64 %1899
	store float %1912, float* %1913, align 4
	%1914 = fadd <8 x float> %1873, %1805
	%1915 = add i64 %1782, 2
	%1916 = mul i64 %1915, 40
	%1917 = add i64 %1916, %1780
	%1918 = shufflevector <8 x float> %1914, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1919 = shufflevector <8 x float> %1914, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1920 = fadd <4 x float> %1918, %1919
	%1921 = shufflevector <4 x float> %1920, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1922 = shufflevector <4 x float> %1920, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1923 = fadd <2 x float> %1921, %1922
	%1924 = shufflevector <2 x float> %1923, <2 x float> undef, <1 x i32> <i32 0>
	%1925 = shufflevector <2 x float> %1923, <2 x float> undef, <1 x i32> <i32 1>
	%1926 = fadd <1 x float> %1924, %1925
	%1927 = extractelement <1 x float> %1926, i64 0
	%1928 = fcmp olt float %1927, 0.0
	%1929 = select i1 %1928, float 0.0, float %1927
	%1930 = fmul float %1929, %1929
	%1931 = getelementptr inbounds float, float* %4, i64 %1917
	store float %1930, float* %1931, align 4
	%1932 = fadd <8 x float> %1877, %1807
	%1933 = add i64 %1782, 3
	%1934 = mul i64 %1933, 40
	%1935 = add i64 %1934, %1780
	%1936 = shufflevector <8 x float> %1932, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1937 = shufflevector <8 x float> %1932, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1938 = fadd <4 x float> %1936, %1937
	%1939 = shufflevector <4 x float> %1938, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1940 = shufflevector <4 x float> %1938, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1941 = fadd <2 x float> %1939, %1940
	%1942 = shufflevector <2 x float> %1941, <2 x float> undef, <1 x i32> <i32 0>
	%1943 = shufflevector <2 x float> %1941, <2 x float> undef, <1 x i32> <i32 1>
	%1944 = fadd <1 x float> %1942, %1943
	%1945 = extractelement <1 x float> %1944, i64 0
	%1946 = fcmp olt float %1945, 0.0
	%1947 = select i1 %1946, float 0.0, float %1945
	%1948 = fmul float %1947, %1947
	%1949 = getelementptr inbounds float, float* %4, i64 %1935
	store float %1948, float* %1949, align 4
	%1950 = add i64 %1782, 4
	br label %loop62

done67:
	br label %loop68

loop68:
	%1951 = phi i64 [ %1395, %done67 ], [ %2009, %body69 ]
	%1952 = icmp slt i64 %1951, %12
	br i1 %1952, label %body69, label %done70

body69:
	%1953 = add i64 %1951, 0
	%1954 = mul i64 %1953, 24
	%1955 = getelementptr inbounds float, float* %7, i64 %1954
	%1956 = sub i64 %1780, 0
	%1957 = mul i64 %1956, 24
	%1958 = getelementptr inbounds i16, i16* %10, i64 %1957
	%1959 = getelementptr inbounds i16, i16* %1958, i64 0
	%1960 = bitcast i16* %1959 to <8 x i16>*
	%1961 = load <8 x i16>, <8 x i16>* %1960, align 2
	%1962 = zext <8 x i16> %1961 to <8 x i32>
	%1963 = shl <8 x i32> %1962, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1964 = bitcast <8 x i32> %1963 to <8 x float>
	%1965 = getelementptr inbounds float, float* %1955, i64 0
	%1966 = bitcast float* %1965 to <8 x float>*
	%1967 = load <8 x float>, <8 x float>* %1966, align 4
	%1968 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1967, <8 x float> %1964, <8 x float> zeroinitializer)
	%1969 = getelementptr inbounds i16, i16* %1958, i64 8
	%1970 = bitcast i16* %1969 to <8 x i16>*
	%1971 = load <8 x i16>, <8 x i16>* %1970, align 2
	%1972 = zext <8 x i16> %1971 to <8 x i32>
	%1973 = shl <8 x i32> %1972, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1974 = bitcast <8 x i32> %1973 to <8 x float>
	%1975 = getelementptr inbounds float, float* %1955, i64 8
	%1976 = bitcast float* %1975 to <8 x float>*
	%1977 = load <8 x float>, <8 x float>* %1976, align 4
	%1978 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1977, <8 x float> %1974, <8 x float> zeroinitializer)
	%1979 = getelementptr inbounds i16, i16* %1958, i64 16
	%1980 = bitcast i16* %1979 to <8 x i16>*
	%1981 = load <8 x i16>, <8 x i16>* %1980, align 2
	%1982 = zext <8 x i16> %1981 to <8 x i32>
	%1983 = shl <8 x i32> %1982, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1984 = bitcast <8 x i32> %1983 to <8 x float>
	%1985 = getelementptr inbounds float, float* %1955, i64 16
	%1986 = bitcast float* %1985 to <8 x float>*
	%1987 = load <8 x float>, <8 x float>* %1986, align 4
	%1988 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1987, <8 x float> %1984, <8 x float> zeroinitializer)
	%1989 = fadd <8 x float> %1968, %1978
	%1990 = fadd <8 x float> %1989, %1988
	%1991 = fadd <8 x float> %1990, zeroinitializer
	%1992 = add i64 %1951, 0
	%1993 = mul i64 %1992, 40
	%1994 = add i64 %1993, %1780
	%1995 = shufflevector <8 x float> %1991, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1996 = shufflevector <8 x float> %1991, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1997 = fadd <4 x float> %1995, %1996
	%1998 = shufflevector <4 x float> %1997, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1999 = shufflevector <4 x float> %1997, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2000 = fadd <2 x float> %1998, %1999
	%2001 = shufflevector <2 x float> %2000, <2 x float> undef, <1 x i32> <i32 0>
	%2002 = shufflevector <2 x float> %2000, <2 x float> undef, <1 x i32> <i32 1>
	%2003 = fadd <1 x float> %2001, %2002
	%2004 = extractelement <1 x float> %2003, i64 0
	%2005 = fcmp olt float %2004, 0.0
	%2006 = select i1 %2005, float 0.0, float %2004
	%2007 = fmul float %2006, %2006
	%2008 = getelementptr inbounds float, float* %4, i64 %1994
	store float %2007, float* %2008, align 4
	%2009 = add i64 %1951, 1
	br label %loop68

done70:
	%2010 = add i64 %1780, 1
	br label %loop60

done71:
	br label %join52

join52:
	br label %join4

join4:
	br label %join2

join2:
	ret void
}

define void @mtc_k_matmul_add_bf16_k40_n24(i8** nocapture %bufs, i64* nocapture %ints, i64 %begin, i64 %end) nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	%0 = alloca [132096 x float], align 64
	%1 = alloca [4096 x float], align 64
	%2 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%3 = load i8*, i8** %2, align 8
	%4 = bitcast i8* %3 to float*
	%5 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%6 = load i8*, i8** %5, align 8
	%7 = bitcast i8* %6 to float*
	%8 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%9 = load i8*, i8** %8, align 8
	%10 = bitcast i8* %9 to i16*
	%11 = getelementptr inbounds i8*, i8** %bufs, i64 3
	%12 = load i8*, i8** %11, align 8
	%13 = bitcast i8* %12 to float*
	%14 = getelementptr inbounds i64, i64* %ints, i64 0
	%15 = load i64, i64* %14, align 8
	%16 = icmp sgt i64 %begin, 0
	%17 = select i1 %16, i64 %begin, i64 0
	%18 = add i64 0, 24
	%19 = icmp slt i64 %end, %18
	%20 = select i1 %19, i64 %end, i64 %18
	%21 = icmp slt i64 %17, %20
	br i1 %21, label %then1, label %join2

then1:
	%22 = icmp sge i64 %15, 6
	br i1 %22, label %then3, label %else5

then3:
	%23 = getelementptr inbounds [4096 x float], [4096 x float]* %1, i64 0, i64 0
	%24 = getelementptr inbounds [132096 x float], [132096 x float]* %0, i64 0, i64 0
	%25 = add i64 %15, 515
	%26 = sdiv i64 %25, 516
	%27 = sub i64 %26, 1
	%28 = add i64 %15, %27
	%29 = sdiv i64 %28, %26
	%30 = add i64 %29, 5
	%31 = sdiv i64 %30, 6
	%32 = mul i64 %31, 6
	br label %loop6

else5:
	%33 = icmp eq i64 %15, 1
	br i1 %33, label %then51, label %else53

loop6:
	%34 = phi i64 [ 0, %then3 ], [ %1608, %done49 ]
	%35 = icmp slt i64 %34, %26
	br i1 %35, label %body7, label %done50

body7:
	%36 = mul i64 %34, %32
	%37 = add i64 %36, %32
	%38 = icmp slt i64 %37, %15
	%39 = select i1 %38, i64 %37, i64 %15
	%40 = sub i64 %39, %36
	%41 = add i64 %40, 5
	%42 = sdiv i64 %41, 6
	br label %loop8

loop8:
	%43 = phi i64 [ 0, %body7 ], [ %169, %done12 ]
	%44 = icmp slt i64 %43, %42
	br i1 %44, label %body9, label %done13

body9:
	%45 = mul i64 %43, 6
	%46 = add i64 %36, %45
	%47 = sub i64 %39, %46
	%48 = icmp slt i64 0, %47
	%49 = add i64 %46, 0
	%50 = select i1 %48, i64 %49, i64 %46
	%51 = mul i64 %50, 40
	%52 = add i64 %51, 0
	%53 = getelementptr inbounds float, float* %7, i64 %52
	%54 = icmp slt i64 1, %47
	%55 = add i64 %46, 1
	%56 = select i1 %54, i64 %55, i64 %46
	%57 = mul i64 %56, 40
	%58 = add i64 %57, 0
	%59 = getelementptr inbounds float, float* %7, i64 %58
	%60 = icmp slt i64 2, %47
	%61 = add i64 %46, 2
	%62 = select i1 %60, i64 %61, i64 %46
	%63 = mul i64 %62, 40
	%64 = add i64 %63, 0
	%65 = getelementptr inbounds float, float* %7, i64 %64
	%66 = icmp slt i64 3, %47
	%67 = add i64 %46, 3
	%68 = select i1 %66, i64 %67, i64 %46
	%69 = mul i64 %68, 40
	%70 = add i64 %69, 0
	%71 = getelementptr inbounds float, float* %7, i64 %70
	%72 = icmp slt i64 4, %47
	%73 = add i64 %46, 4
	%74 = select i1 %72, i64 %73, i64 %46
	%75 = mul i64 %74, 40
	%76 = add i64 %75, 0
	%77 = getelementptr inbounds float, float* %7, i64 %76
	%78 = icmp slt i64 5, %47
	%79 = add i64 %46, 5
	%80 = select i1 %78, i64 %79, i64 %46
	%81 = mul i64 %80, 40
	%82 = add i64 %81, 0
	%83 = getelementptr inbounds float, float* %7, i64 %82
	%84 = mul i64 %43, 1536
	%85 = getelementptr inbounds float, float* %24, i64 %84
	br label %loop10

loop10:
	%86 = phi i64 [ 0, %body9 ], [ %168, %body11 ]
	%87 = icmp slt i64 %86, 40
	br i1 %87, label %body11, label %done12

body11:
	%88 = getelementptr inbounds float, float* %53, i64 %86
	%89 = bitcast float* %88 to <8 x float>*
	%90 = load <8 x float>, <8 x float>* %89, align 4
	%91 = select i1 %48, <8 x float> %90, <8 x float> zeroinitializer
	%92 = getelementptr inbounds float, float* %59, i64 %86
	%93 = bitcast float* %92 to <8 x float>*
	%94 = load <8 x float>, <8 x float>* %93, align 4
	%95 = select i1 %54, <8 x float> %94, <8 x float> zeroinitializer
	%96 = getelementptr inbounds float, float* %65, i64 %86
	%97 = bitcast float* %96 to <8 x float>*
	%98 = load <8 x float>, <8 x float>* %97, align 4
	%99 = select i1 %60, <8 x float> %98, <8 x float> zeroinitializer
	%100 = getelementptr inbounds float, float* %71, i64 %86
	%101 = bitcast float* %100 to <8 x float>*
	%102 = load <8 x float>, <8 x float>* %101, align 4
	%103 = select i1 %66, <8 x float> %102, <8 x float> zeroinitializer
	%104 = getelementptr inbounds float, float* %77, i64 %86
	%105 = bitcast float* %104 to <8 x float>*
	%106 = load <8 x float>, <8 x float>* %105, align 4
	%107 = select i1 %72, <8 x float> %106, <8 x float> zeroinitializer
	%108 = getelementptr inbounds float, float* %83, i64 %86
	%109 = bitcast float* %108 to <8 x float>*
	%110 = load <8 x float>, <8 x float>* %109, align 4
	%111 = select i1 %78, <8 x float> %110, <8 x float> zeroinitializer
	%112 = shufflevector <8 x float> %91, <8 x float> %107, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%113 = shufflevector <8 x float> %91, <8 x float> %107, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%114 = shufflevector <8 x float> %95, <8 x float> %111, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%115 = shufflevector <8 x float> %95, <8 x float> %111, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%116 = shufflevector <8 x float> %99, <8 x float> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%117 = shufflevector <8 x float> %99, <8 x float> zeroinitializer, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%118 = shufflevector <8 x float> %103, <8 x float> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%119 = shufflevector <8 x float> %103, <8 x float> zeroinitializer, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%120 = shufflevector <8 x float> %112, <8 x float> %116, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%121 = shufflevector <8 x float> %112, <8 x float> %116, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%122 = shufflevector <8 x float> %114, <8 x float> %118, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%123 = shufflevector <8 x float> %114, <8 x float> %118, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%124 = shufflevector <8 x float> %113, <8 x float> %117, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%125 = shufflevector <8 x float> %113, <8 x float> %117, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%126 = shufflevector <8 x float> %115, <8 x float> %119, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%127 = shufflevector <8 x float> %115, <8 x float> %119, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%128 = shufflevector <8 x float> %120, <8 x float> %122, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%129 = shufflevector <8 x float> %120, <8 x float> %122, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%130 = shufflevector <8 x float> %121, <8 x float> %123, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%131 = shufflevector <8 x float> %121, <8 x float> %123, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%132 = shufflevector <8 x float> %124, <8 x float> %126, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%133 = shufflevector <8 x float> %124, <8 x float> %126, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%134 = shufflevector <8 x float> %125, <8 x float> %127, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%135 = shufflevector <8 x float> %125, <8 x float> %127, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%136 = add i64 %86, 0
	%137 = mul i64 %136, 6
	%138 = getelementptr inbounds float, float* %85, i64 %137
	%139 = bitcast float* %138 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %128, <8 x float>* %139, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%140 = add i64 %86, 1
	%141 = mul i64 %140, 6
	%142 = getelementptr inbounds float, float* %85, i64 %141
	%143 = bitcast float* %142 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %129, <8 x float>* %143, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%144 = add i64 %86, 2
	%145 = mul i64 %144, 6
	%146 = getelementptr inbounds float, float* %85, i64 %145
	%147 = bitcast float* %146 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %130, <8 x float>* %147, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%148 = add i64 %86, 3
	%149 = mul i64 %148, 6
	%150 = getelementptr inbounds float, float* %85, i64 %149
	%151 = bitcast float* %150 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %131, <8 x float>* %151, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%152 = add i64 %86, 4
	%153 = mul i64 %152, 6
	%154 = getelementptr inbounds float, float* %85, i64 %153
	%155 = bitcast float* %154 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %132, <8 x float>* %155, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%156 = add i64 %86, 5
	%157 = mul i64 %156, 6
	%158 = getelementptr inbounds float, float* %85, i64 %157
	%159 = bitcast float* %158 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %133, <8 x float>* %159, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%160 = add i64 %86, 6
	%161 = mul i64 %160, 6
	%162 = getelementptr inbounds float, float* %85, i64 %161
	%163 = bitcast float* %162 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %163, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%164 = add i64 %86, 7
	%165 = mul i64 %164, 6
	%166 = getelementptr inbounds float, float* %85, i64 %165
	%167 = bitcast float* %166 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %135, <8 x float>* %167, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%168 = add i64 %86, 8
	br label %loop10

done12:
	%169 = add i64 %43, 1
	br label %loop8

done13:
	%170 = sub i64 %39, %36
	%171 = sdiv i64 %170, 6
	%172 = mul i64 %171, 6
	%173 = add i64 %36, %172
	%174 = sub i64 %39, %173
	br label %loop14

loop14:
	%175 = phi i64 [ %17, %done13 ], [ %1607, %join35 ]
	%176 = icmp slt i64 %175, %20
	br i1 %176, label %body15, label %done49

body15:
	%177 = add i64 %175, 0
	%178 = icmp slt i64 %177, %20
	%179 = select i1 %178, i64 %177, i64 %175
	%180 = sub i64 %179, 0
	%181 = mul i64 %180, 40
	%182 = add i64 %181, 0
	%183 = getelementptr inbounds i16, i16* %10, i64 %182
	%184 = add i64 %175, 1
	%185 = icmp slt i64 %184, %20
	%186 = select i1 %185, i64 %184, i64 %175
	%187 = sub i64 %186, 0
	%188 = mul i64 %187, 40
	%189 = add i64 %188, 0
	%190 = getelementptr inbounds i16, i16* %10, i64 %189
	%191 = add i64 %175, 2
	%192 = icmp slt i64 %191, %20
	%193 = select i1 %192, i64 %191, i64 %175
	%194 = sub i64 %193, 0
	%195 = mul i64 %194, 40
	%196 = add i64 %195, 0
	%197 = getelementptr inbounds i16, i16* %10, i64 %196
	%198 = add i64 %175, 3
	%199 = icmp slt i64 %198, %20
	%200 = select i1 %199, i64 %198, i64 %175
	%201 = sub i64 %200, 0
	%202 = mul i64 %201, 40
	%203 = add i64 %202, 0
	%204 = getelementptr inbounds i16, i16* %10, i64 %203
	%205 = add i64 %175, 4
	%206 = icmp slt i64 %205, %20
	%207 = select i1 %206, i64 %205, i64 %175
	%208 = sub i64 %207, 0
	%209 = mul i64 %208, 40
	%210 = add i64 %209, 0
	%211 = getelementptr inbounds i16, i16* %10, i64 %210
	%212 = add i64 %175, 5
	%213 = icmp slt i64 %212, %20
	%214 = select i1 %213, i64 %212, i64 %175
	%215 = sub i64 %214, 0
	%216 = mul i64 %215, 40
	%217 = add i64 %216, 0
	%218 = getelementptr inbounds i16, i16* %10, i64 %217
	%219 = add i64 %175, 6
	%220 = icmp slt i64 %219, %20
	%221 = select i1 %220, i64 %219, i64 %175
	%222 = sub i64 %221, 0
	%223 = mul i64 %222, 40
	%224 = add i64 %223, 0
	%225 = getelementptr inbounds i16, i16* %10, i64 %224
	%226 = add i64 %175, 7
	%227 = icmp slt i64 %226, %20
	%228 = select i1 %227, i64 %226, i64 %175
	%229 = sub i64 %228, 0
	%230 = mul i64 %229, 40
	%231 = add i64 %230, 0
	%232 = getelementptr inbounds i16, i16* %10, i64 %231
	br label %loop16

loop16:
	%233 = phi i64 [ 0, %body15 ], [ %355, %body17 ]
	%234 = icmp slt i64 %233, 40
	br i1 %234, label %body17, label %done18

body17:
	%235 = getelementptr inbounds i16, i16* %183, i64 %233
	%236 = bitcast i16* %235 to <8 x i16>*
	%237 = load <8 x i16>, <8 x i16>* %236, align 2
	%238 = zext <8 x i16> %237 to <8 x i32>
	%239 = shl <8 x i32> %238, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%240 = bitcast <8 x i32> %239 to <8 x float>
	%241 = select i1 %178, <8 x float> %240, <8 x float> zeroinitializer
	%242 = getelementptr inbounds i16, i16* %190, i64 %233
	%243 = bitcast i16* %242 to <8 x i16>*
	%244 = load <8 x i16>, <8 x i16>* %243, align 2
	%245 = zext <8 x i16> %244 to <8 x i32>
	%246 = shl <8 x i32> %245, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%247 = bitcast <8 x i32> %246 to <8 x float>
	%248 = select i1 %185, <8 x float> %247, <8 x float> zeroinitializer
	%249 = getelementptr inbounds i16, i16* %197, i64 %233
	%250 = bitcast i16* %249 to <8 x i16>*
	%251 = load <8 x i16>, <8 x i16>* %250, align 2
	%252 = zext <8 x i16> %251 to <8 x i32>
	%253 = shl <8 x i32> %252, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%254 = bitcast <8 x i32> %253 to <8 x float>
	%255 = select i1 %192, <8 x float> %254, <8 x float> zeroinitializer
	%256 = getelementptr inbounds i16, i16* %204, i64 %233
	%257 = bitcast i16* %256 to <8 x i16>*
	%258 = load <8 x i16>, <8 x i16>* %257, align 2
	%259 = zext <8 x i16> %258 to <8 x i32>
	%260 = shl <8 x i32> %259, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%261 = bitcast <8 x i32> %260 to <8 x float>
	%262 = select i1 %199, <8 x float> %261, <8 x float> zeroinitializer
	%263 = getelementptr inbounds i16, i16* %211, i64 %233
	%264 = bitcast i16* %263 to <8 x i16>*
	%265 = load <8 x i16>, <8 x i16>* %264, align 2
	%266 = zext <8 x i16> %265 to <8 x i32>
	%267 = shl <8 x i32> %266, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%268 = bitcast <8 x i32> %267 to <8 x float>
	%269 = select i1 %206, <8 x float> %268, <8 x float> zeroinitializer
	%270 = getelementptr inbounds i16, i16* %218, i64 %233
	%271 = bitcast i16* %270 to <8 x i16>*
	%272 = load <8 x i16>, <8 x i16>* %271, align 2
	%273 = zext <8 x i16> %272 to <8 x i32>
	%274 = shl <8 x i32> %273, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%275 = bitcast <8 x i32> %274 to <8 x float>
	%276 = select i1 %213, <8 x float> %275, <8 x float> zeroinitializer
	%277 = getelementptr inbounds i16, i16* %225, i64 %233
	%278 = bitcast i16* %277 to <8 x i16>*
	%279 = load <8 x i16>, <8 x i16>* %278, align 2
	%280 = zext <8 x i16> %279 to <8 x i32>
	%281 = shl <8 x i32> %280, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%282 = bitcast <8 x i32> %281 to <8 x float>
	%283 = select i1 %220, <8 x float> %282, <8 x float> zeroinitializer
	%284 = getelementptr inbounds i16, i16* %232, i64 %233
	%285 = bitcast i16* %284 to <8 x i16>*
	%286 = load <8 x i16>, <8 x i16>* %285, align 2
	%287 = zext <8 x i16> %286 to <8 x i32>
	%288 = shl <8 x i32> %287, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%289 = bitcast <8 x i32> %288 to <8 x float>
	%290 = select i1 %227, <8 x float> %289, <8 x float> zeroinitializer
	%291 = shufflevector <8 x float> %241, <8 x float> %269, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%292 = shufflevector <8 x float> %241, <8 x float> %269, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%293 = shufflevector <8 x float> %248, <8 x float> %276, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%294 = shufflevector <8 x float> %248, <8 x float> %276, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%295 = shufflevector <8 x float> %255, <8 x float> %283, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%296 = shufflevector <8 x float> %255, <8 x float> %283, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%297 = shufflevector <8 x float> %262, <8 x float> %290, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%298 = shufflevector <8 x float> %262, <8 x float> %290, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%299 = shufflevector <8 x float> %291, <8 x float> %295, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%300 = shufflevector <8 x float> %291, <8 x float> %295, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%301 = shufflevector <8 x float> %293, <8 x float> %297, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%302 = shufflevector <8 x float> %293, <8 x float> %297, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%303 = shufflevector <8 x float> %292, <8 x float> %296, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%304 = shufflevector <8 x float> %292, <8 x float> %296, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%305 = shufflevector <8 x float> %294, <8 x float> %298, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%306 = shufflevector <8 x float> %294, <8 x float> %298, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%307 = shufflevector <8 x float> %299, <8 x float> %301, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%308 = shufflevector <8 x float> %299, <8 x float> %301, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%309 = shufflevector <8 x float> %300, <8 x float> %302, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%310 = shufflevector <8 x float> %300, <8 x float> %302, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%311 = shufflevector <8 x float> %303, <8 x float> %305, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%312 = shufflevector <8 x float> %303, <8 x float> %305, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%313 = shufflevector <8 x float> %304, <8 x float> %306, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%314 = shufflevector <8 x float> %304, <8 x float> %306, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%315 = add i64 %233, 0
	%316 = mul i64 %315, 16
	%317 = add i64 %316, 0
	%318 = getelementptr inbounds float, float* %23, i64 %317
	%319 = bitcast float* %318 to <8 x float>*
	store <8 x float> %307, <8 x float>* %319, align 4
	%320 = add i64 %233, 1
	%321 = mul i64 %320, 16
	%322 = add i64 %321, 0
	%323 = getelementptr inbounds float, float* %23, i64 %322
	%324 = bitcast float* %323 to <8 x float>*
	store <8 x float> %308, <8 x float>* %324, align 4
	%325 = add i64 %233, 2
	%326 = mul i64 %325, 16
	%327 = add i64 %326, 0
	%328 = getelementptr inbounds float, float* %23, i64 %327
	%329 = bitcast float* %328 to <8 x float>*
	store <8 x float> %309, <8 x float>* %329, align 4
	%330 = add i64 %233, 3
	%331 = mul i64 %330, 16
	%332 = add i64 %331, 0
	%333 = getelementptr inbounds float, float* %23, i64 %332
	%334 = bitcast float* %333 to <8 x float>*
	store <8 x float> %310, <8 x float>* %334, align 4
	%335 = add i64 %233, 4
	%336 = mul i64 %335, 16
	%337 = add i64 %336, 0
	%338 = getelementptr inbounds float, float* %23, i64 %337
	%339 = bitcast float* %338 to <8 x float>*
	store <8 x float> %311, <8 x float>* %339, align 4
	%340 = add i64 %233, 5
	%341 = mul i64 %340, 16
	%342 = add i64 %341, 0
	%343 = getelementptr inbounds float, float* %23, i64 %342
	%344 = bitcast float* %343 to <8 x float>*
	store <8 x float> %312, <8 x float>* %344, align 4
	%345 = add i64 %233, 6
	%346 = mul i64 %345, 16
	%347 = add i64 %346, 0
	%348 = getelementptr inbounds float, float* %23, i64 %347
	%349 = bitcast float* %348 to <8 x float>*
	store <8 x float> %313, <8 x float>* %349, align 4
	%350 = add i64 %233, 7
	%351 = mul i64 %350, 16
	%352 = add i64 %351, 0
	%353 = getelementptr inbounds float, float* %23, i64 %352
	%354 = bitcast float* %353 to <8 x float>*
	store <8 x float> %314, <8 x float>* %354, align 4
	%355 = add i64 %233, 8
	br label %loop16

done18:
	%356 = add i64 %175, 8
	%357 = icmp slt i64 %356, %20
	%358 = select i1 %357, i64 %356, i64 %175
	%359 = sub i64 %358, 0
	%360 = mul i64 %359, 40
	%361 = add i64 %360, 0
	%362 = getelementptr inbounds i16, i16* %10, i64 %361
	%363 = add i64 %175, 9
	%364 = icmp slt i64 %363, %20
	%365 = select i1 %364, i64 %363, i64 %175
	%366 = sub i64 %365, 0
	%367 = mul i64 %366, 40
	%368 = add i64 %367, 0
	%369 = getelementptr inbounds i16, i16* %10, i64 %368
	%370 = add i64 %175, 10
	%371 = icmp slt i64 %370, %20
	%372 = select i1 %371, i64 %370, i64 %175
	%373 = sub i64 %372, 0
	%374 = mul i64 %373, 40
	%375 = add i64 %374, 0
	%376 = getelementptr inbounds i16, i16* %10, i64 %375
	%377 = add i64 %175, 11
	%378 = icmp slt i64 %377, %20
	%379 = select i1 %378, i64 %377, i64 %175
	%380 = sub i64 %379, 0
	%381 = mul i64 %380, 40
	%382 = add i64 %381, 0
	%383 = getelementptr inbounds i16, i16* %10, i64 %382
	%384 = add i64 %175, 12
	%385 = icmp slt i64 %384, %20
	%386 = select i1 %385, i64 %384, i64 %175
	%387 = sub i64 %386, 0
	%388 = mul i64 %387, 40
	%389 = add i64 %388, 0
	%390 = getelementptr inbounds i16, i16* %10, i64 %389
	%391 = add i64 %175, 13
	%392 = icmp slt i64 %391, %20
	%393 = select i1 %392, i64 %391, i64 %175
	%394 = sub i64 %393, 0
	%395 = mul i64 %394, 40
	%396 = add i64 %395, 0
	%397 = getelementptr inbounds i16, i16* %10, i64 %396
	%398 = add i64 %175, 14
	%399 = icmp slt i64 %398, %20
	%400 = select i1 %399, i64 %398, i64 %175
	%401 = sub i64 %400, 0
	%402 = mul i64 %401, 40
	%403 = add i64 %402, 0
	%404 = getelementptr inbounds i16, i16* %10, i64 %403
	%405 = add i64 %175, 15
	%406 = icmp slt i64 %405, %20
	%407 = select i1 %406, i64 %405, i64 %175
	%408 = sub i64 %407, 0
	%409 = mul i64 %408, 40
	%410 = add i64 %409, 0
	%411 = getelementptr inbounds i16, i16* %10, i64 %410
	br label %loop19

loop19:
	%412 = phi i64 [ 0, %done18 ], [ %534, %body20 ]
	%413 = icmp slt i64 %412, 40
	br i1 %413, label %body20, label %done21

body20:
	%414 = getelementptr inbounds i16, i16* %362, i64 %412
	%415 = bitcast i16* %414 to <8 x i16>*
	%416 = load <8 x i16>, <8 x i16>* %415, align 2
	%417 = zext <8 x i16> %416 to <8 x i32>
	%418 = shl <8 x i32> %417, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%419 = bitcast <8 x i32> %418 to <8 x float>
	%420 = select i1 %357, <8 x float> %419, <8 x float> zeroinitializer
	%421 = getelementptr inbounds i16, i16* %369, i64 %412
	%422 = bitcast i16* %421 to <8 x i16>*
	%423 = load <8 x i16>, <8 x i16>* %422, align 2
	%424 = zext <8 x i16> %423 to <8 x i32>
	%425 = shl <8 x i32> %424, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%426 = bitcast <8 x i32> %425 to <8 x float>
	%427 = select i1 %364, <8 x float> %426, <8 x float> zeroinitializer
	%428 = getelementptr inbounds i16, i16* %376, i64 %412
	%429 = bitcast i16* %428 to <8 x i16>*
	%430 = load <8 x i16>, <8 x i16>* %429, align 2
	%431 = zext <8 x i16> %430 to <8 x i32>
	%432 = shl <8 x i32> %431, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%433 = bitcast <8 x i32> %432 to <8 x float>
	%434 = select i1 %371, <8 x float> %433, <8 x float> zeroinitializer
	%435 = getelementptr inbounds i16, i16* %383, i64 %412
	%436 = bitcast i16* %435 to <8 x i16>*
	%437 = load <8 x i16>, <8 x i16>* %436, align 2
	%438 = zext <8 x i16> %437 to <8 x i32>
	%439 = shl <8 x i32> %438, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%440 = bitcast <8 x i32> %439 to <8 x float>
	%441 = select i1 %378, <8 x float> %440, <8 x float> zeroinitializer
	%442 = getelementptr inbounds i16, i16* %390, i64 %412
	%443 = bitcast i16* %442 to <8 x i16>*
	%444 = load <8 x i16>, <8 x i16>* %443, align 2
	%445 = zext <8 x i16> %444 to <8 x i32>
	%446 = shl <8 x i32> %445, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%447 = bitcast <8 x i32> %446 to <8 x float>
	%448 = select i1 %385, <8 x float> %447, <8 x float> zeroinitializer
	%449 = getelementptr inbounds i16, i16* %397, i64 %412
	%450 = bitcast i16* %449 to <8 x i16>*
	%451 = load <8 x i16>, <8 x i16>* %450, align 2
	%452 = zext <8 x i16> %451 to <8 x i32>
	%453 = shl <8 x i32> %452, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%454 = bitcast <8 x i32> %453 to <8 x float>
	%455 = select i1 %392, <8 x float> %454, <8 x float> zeroinitializer
	%456 = getelementptr inbounds i16, i16* %404, i64 %412
	%457 = bitcast i16* %456 to <8 x i16>*
	%458 = load <8 x i16>, <8 x i16>* %457, align 2
	%459 = zext <8 x i16> %458 to <8 x i32>
	%460 = shl <8 x i32> %459, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%461 = bitcast <8 x i32> %460 to <8 x float>
	%462 = select i1 %399, <8 x float> %461, <8 x float> zeroinitializer
	%463 = getelementptr inbounds i16, i16* %411, i64 %412
	%464 = bitcast i16* %463 to <8 x i16>*
	%465 = load <8 x i16>, <8 x i16>* %464, align 2
	%466 = zext <8 x i16> %465 to <8 x i32>
	%467 = shl <8 x i32> %466, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%468 = bitcast <8 x i32> %467 to <8 x float>
	%469 = select i1 %406, <8 x float> %468, <8 x float> zeroinitializer
	%470 = shufflevector <8 x float> %420, <8 x float> %448, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%471 = shufflevector <8 x float> %420, <8 x float> %448, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%472 = shufflevector <8 x float> %427, <8 x float> %455, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%473 = shufflevector <8 x float> %427, <8 x float> %455, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%474 = shufflevector <8 x float> %434, <8 x float> %462, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%475 = shufflevector <8 x float> %434, <8 x float> %462, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%476 = shufflevector <8 x float> %441, <8 x float> %469, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%477 = shufflevector <8 x float> %441, <8 x float> %469, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%478 = shufflevector <8 x float> %470, <8 x float> %474, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%479 = shufflevector <8 x float> %470, <8 x float> %474, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%480 = shufflevector <8 x float> %472, <8 x float> %476, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%481 = shufflevector <8 x float> %472, <8 x float> %476, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%482 = shufflevector <8 x float> %471, <8 x float> %475, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%483 = shufflevector <8 x float> %471, <8 x float> %475, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%484 = shufflevector <8 x float> %473, <8 x float> %477, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%485 = shufflevector <8 x float> %473, <8 x float> %477, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%486 = shufflevector <8 x float> %478, <8 x float> %480, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%487 = shufflevector <8 x float> %478, <8 x float> %480, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%488 = shufflevector <8 x float> %479, <8 x float> %481, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%489 = shufflevector <8 x float> %479, <8 x float> %481, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%490 = shufflevector <8 x float> %482, <8 x float> %484, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%491 = shufflevector <8 x float> %482, <8 x float> %484, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%492 = shufflevector <8 x float> %483, <8 x float> %485, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%493 = shufflevector <8 x float> %483, <8 x float> %485, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%494 = add i64 %412, 0
	%495 = mul i64 %494, 16
	%496 = add i64 %495, 8
	%497 = getelementptr inbounds float, float* %23, i64 %496
	%498 = bitcast float* %497 to <8 x float>*
	store <8 x float> %486, <8 x float>* %498, align 4
	%499 = add i64 %412, 1
	%500 = mul i64 %499, 16
	%501 = add i64 %500, 8
	%502 = getelementptr inbounds float, float* %23, i64 %501
	%503 = bitcast float* %502 to <8 x float>*
	store <8 x float> %487, <8 x float>* %503, align 4
	%504 = add i64 %412, 2
	%505 = mul i64 %504, 16
	%506 = add i64 %505, 8
	%507 = getelementptr inbounds float, float* %23, i64 %506
	%508 = bitcast float* %507 to <8 x float>*
	store <8 x float> %488, <8 x float>* %508, align 4
	%509 = add i64 %412, 3
	%510 = mul i64 %509, 16
	%511 = add i64 %510, 8
	%512 = getelementptr inbounds float, float* %23, i64 %511
	%513 = bitcast float* %512 to <8 x float>*
	store <8 x float> %489, <8 x float>* %513, align 4
	%514 = add i64 %412, 4
	%515 = mul i64 %514, 16
	%516 = add i64 %515, 8
	%517 = getelementptr inbounds float, float* %23, i64 %516
	%518 = bitcast float* %517 to <8 x float>*
	store <8 x float> %490, <8 x float>* %518, align 4
	%519 = add i64 %412, 5
	%520 = mul i64 %519, 16
	%521 = add i64 %520, 8
	%522 = getelementptr inbounds float, float* %23, i64 %521
	%523 = bitcast float* %522 to <8 x float>*
	store <8 x float> %491, <8 x float>* %523, align 4
	%524 = add i64 %412, 6
	%525 = mul i64 %524, 16
	%526 = add i64 %525, 8
	%527 = getelementptr inbounds float, float* %23, i64 %526
	%528 = bitcast float* %527 to <8 x float>*
	store <8 x float> %492, <8 x float>* %528, align 4
	%529 = add i64 %412, 7
	%530 = mul i64 %529, 16
	%531 = add i64 %530, 8
	%532 = getelementptr inbounds float, float* %23, i64 %531
	%533 = bitcast float* %532 to <8 x float>*
	store <8 x float> %493, <8 x float>* %533, align 4
	%534 = add i64 %412, 8
	br label %loop19

done21:
	%535 = add i64 %175, 16
	br label %loop22

loop22:
	%536 = phi i64 [ %36, %done21 ], [ %1134, %done32 ]
	%537 = icmp slt i64 %536, %173
	br i1 %537, label %body23, label %done33

body23:
	%538 = sub i64 %536, %36
	%539 = sdiv i64 %538, 6
	%540 = srem i64 %539, 16
	%541 = add i64 %535, %540
	%542 = sub i64 %20, %175
	%543 = sub i64 %542, 0
	%544 = sub i64 %542, 8
	%545 = sub i64 %536, %36
	%546 = sdiv i64 %545, 6
	%547 = mul i64 %546, 1536
	%548 = srem i64 %545, 6
	%549 = add i64 %547, %548
	%550 = getelementptr inbounds float, float* %24, i64 %549
	%551 = sub i64 %541, 0
	%552 = mul i64 %551, 40
	%553 = add i64 %552, 0
	%554 = getelementptr inbounds i16, i16* %10, i64 %553
	%555 = bitcast i16* %554 to i8*
	br label %loop24

loop24:
	%556 = phi i64 [ 0, %body23 ], [ %696, %join27 ]
	%557 = phi <8 x float> [ zeroinitializer, %body23 ], [ %659, %join27 ]
	%558 = phi <8 x float> [ zeroinitializer, %body23 ], [ %660, %join27 ]
	%559 = phi <8 x float> [ zeroinitializer, %body23 ], [ %666, %join27 ]
	%560 = phi <8 x float> [ zeroinitializer, %body23 ], [ %667, %join27 ]
	%561 = phi <8 x float> [ zeroinitializer, %body23 ], [ %673, %join27 ]
	%562 = phi <8 x float> [ zeroinitializer, %body23 ], [ %674, %join27 ]
	%563 = phi <8 x float> [ zeroinitializer, %body23 ], [ %680, %join27 ]
	%564 = phi <8 x float> [ zeroinitializer, %body23 ], [ %681, %join27 ]
	%565 = phi <8 x float> [ zeroinitializer, %body23 ], [ %687, %join27 ]
	%566 = phi <8 x float> [ zeroinitializer, %body23 ], [ %688, %join27 ]
	%567 = phi <8 x float> [ zeroinitializer, %body23 ], [ %694, %join27 ]
	%568 = phi <8 x float> [ zeroinitializer, %body23 ], [ %695, %join27 ]
	%569 = icmp slt i64 %556, 8
	br i1 %569, label %body25, label %done29

body25:
	%570 = add i64 %536, 6
	%571 = sdiv i64 %556, 1
	%572 = add i64 %570, %571
	%573 = srem i64 %556, 1
	%574 = mul i64 %573, 16
	%575 = add i64 %175, %574
	%576 = mul i64 %572, 24
	%577 = add i64 %576, %575
	%578 = getelementptr inbounds float, float* %4, i64 %577
	%579 = bitcast float* %578 to i8*
	%580 = sub i64 %556, 6
	%581 = mul i64 %580, 64
	%582 = getelementptr inbounds i8, i8* %555, i64 %581
	%583 = icmp slt i64 %556, 6
	br i1 %583, label %then26, label %else28

then26:
	%584 = bitcast i8* %579 to i8*
	call void @llvm.prefetch.p0i8(i8* %584, i32 0, i32 3, i32 1)
	br label %join27

else28:
	%585 = bitcast i8* %582 to i8*
	call void @llvm.prefetch.p0i8(i8* %585, i32 0, i32 2, i32 1)
	br label %join27

join27:
	%586 = mul i64 %556, 2
	%587 = add i64 %586, 0
	%588 = mul i64 %587, 16
	%589 = add i64 %588, 0
	%590 = getelementptr inbounds float, float* %23, i64 %589
	%591 = bitcast float* %590 to <8 x float>*
	%592 = load <8 x float>, <8 x float>* %591, align 4
	%593 = mul i64 %587, 16
	%594 = add i64 %593, 8
	%595 = getelementptr inbounds float, float* %23, i64 %594
	%596 = bitcast float* %595 to <8 x float>*
	%597 = load <8 x float>, <8 x float>* %596, align 4
	%598 = mul i64 %587, 6
	%599 = add i64 %598, 0
	%600 = getelementptr inbounds float, float* %550, i64 %599
	%601 = load float, float* %600, align 4
	%602 = insertelement <8 x float> undef, float %601, i64 0
	%603 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
	%604 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %603, <8 x float> %592, <8 x float> %557)
	%605 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %603, <8 x float> %597, <8 x float> %558)
	%606 = add i64 %598, 1
	%607 = getelementptr inbounds float, float* %550, i64 %606
	%608 = load float, float* %607, align 4
	%609 = insertelement <8 x float> undef, float %608, i64 0
	%610 = shufflevector <8 x float> %609, <8 x float> undef, <8 x i32> zeroinitializer
	%611 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %610, <8 x float> %592, <8 x float> %559)
	%612 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %610, <8 x float> %597, <8 x float> %560)
	%613 = add i64 %598, 2
	%614 = getelementptr inbounds float, float* %550, i64 %613
	%615 = load float, float* %614, align 4
	%616 = insertelement <8 x float> undef, float %615, i64 0
	%617 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
	%618 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %617, <8 x float> %592, <8 x float> %561)
	%619 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %617, <8 x float> %597, <8 x float> %562)
	%620 = add i64 %598, 3
	%621 = getelementptr inbounds float, float* %550, i64 %620
	%622 = load float, float* %621, align 4
	%623 = insertelement <8 x float> undef, float %622, i64 0
	%624 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
	%625 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %624, <8 x float> %592, <8 x float> %563)
	%626 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %624, <8 x float> %597, <8 x float> %564)
	%627 = add i64 %598, 4
	%628 = getelementptr inbounds float, float* %550, i64 %627
	%629 = load float, float* %628, align 4
	%630 = insertelement <8 x float> undef, float %629, i64 0
	%631 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
	%632 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %631, <8 x float> %592, <8 x float> %565)
	%633 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %631, <8 x float> %597, <8 x float> %566)
	%634 = add i64 %598, 5
	%635 = getelementptr inbounds float, float* %550, i64 %634
	%636 = load float, float* %635, align 4
	%637 = insertelement <8 x float> undef, float %636, i64 0
	%638 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
	%639 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %638, <8 x float> %592, <8 x float> %567)
	%640 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %638, <8 x float> %597, <8 x float> %568)
	%641 = mul i64 %556, 2
	%642 = add i64 %641, 1
	%643 = mul i64 %642, 16
	%644 = add i64 %643, 0
	%645 = getelementptr inbounds float, float* %23, i64 %644
	%646 = bitcast float* %645 to <8 x float>*
	%647 = load <8 x float>, <8 x float>* %646, align 4
	%648 = mul i64 %642, 16
	%649 = add i64 %648, 8
	%650 = getelementptr inbounds float, float* %23, i64 %649
	%651 = bitcast float* %650 to <8 x float>*
	%652 = load <8 x float>, <8 x float>* %651, align 4
	%653 = mul i64 %642, 6
	%654 = add i64 %653, 0
	%655 = getelementptr inbounds float, float* %550, i64 %654
	%656 = load float, float* %655, align 4
	%657 = insertelement <8 x float> undef, float %656, i64 0
	%658 = shufflevector <8 x float> %657, <8 x float> undef, <8 x i32> zeroinitializer
	%659 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %658, <8 x float> %647, <8 x float> %604)
	%660 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %658, <8 x float> %652, <8 x float> %605)
	%661 = add i64 %653, 1
	%662 = getelementptr inbounds float, float* %550, i64 %661
	%663 = load float, float* %662, align 4
	%664 = insertelement <8 x float> undef, float %663, i64 0
	%665 = shufflevector <8 x float> %664, <8 x float> undef, <8 x i32> zeroinitializer
	%666 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %665, <8 x float> %647, <8 x float> %611)
	%667 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %665, <8 x float> %652, <8 x float> %612)
	%668 = add i64 %653, 2
	%669 = getelementptr inbounds float, float* %550, i64 %668
	%670 = load float, float* %669, align 4
	%671 = insertelement <8 x float> undef, float %670, i64 0
	%672 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
	%673 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %672, <8 x float> %647, <8 x float> %618)
	%674 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %672, <8 x float> %652, <8 x float> %619)
	%675 = add i64 %653, 3
	%676 = getelementptr inbounds float, float* %550, i64 %675
	%677 = load float, float* %676, align 4
	%678 = insertelement <8 x float> undef, float %677, i64 0
	%679 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
	%680 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %679, <8 x float> %647, <8 x float> %625)
	%681 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %679, <8 x float> %652, <8 x float> %626)
	%682 = add i64 %653, 4
	%683 = getelementptr inbounds float, float* %550, i64 %682
	%684 = load float, float* %683, align 4
	%685 = insertelement <8 x float> undef, float %684, i64 0
	%686 = shufflevector <8 x float> %685, <8 x float> undef, <8 x i32> zeroinitializer
	%687 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %686, <8 x float> %647, <8 x float> %632)
	%688 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %686, <8 x float> %652, <8 x float> %633)
	%689 = add i64 %653, 5
	%690 = getelementptr inbounds float, float* %550, i64 %689
	%691 = load float, float* %690, align 4
	%692 = insertelement <8 x float> undef, float %691, i64 0
	%693 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
	%694 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %693, <8 x float> %647, <8 x float> %639)
	%695 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %693, <8 x float> %652, <8 x float> %640)
	%696 = add i64 %556, 1
	br label %loop24

done29:
	br label %loop30

loop30:
	%697 = phi i64 [ 8, %done29 ], [ %821, %body31 ]
	%698 = phi <8 x float> [ %557, %done29 ], [ %784, %body31 ]
	%699 = phi <8 x float> [ %558, %done29 ], [ %785, %body31 ]
	%700 = phi <8 x float> [ %559, %done29 ], [ %791, %body31 ]
	%701 = phi <8 x float> [ %560, %done29 ], [ %792, %body31 ]
	%702 = phi <8 x float> [ %561, %done29 ], [ %798, %body31 ]
	%703 = phi <8 x float> [ %562, %done29 ], [ %799, %body31 ]
	%704 = phi <8 x float> [ %563, %done29 ], [ %805, %body31 ]
	%705 = phi <8 x float> [ %564, %done29 ], [ %806, %body31 ]
	%706 = phi <8 x float> [ %565, %done29 ], [ %812, %body31 ]
	%707 = phi <8 x float> [ %566, %done29 ], [ %813, %body31 ]
	%708 = phi <8 x float> [ %567, %done29 ], [ %819, %body31 ]
	%709 = phi <8 x float> [ %568, %done29 ], [ %820, %body31 ]
	%710 = icmp slt i64 %697, 20
	br i1 %710, label %body31, label %done32

body31:
	%711 = mul i64 %697, 2
	%712 = add i64 %711, 0
	%713 = mul i64 %712, 16
	%714 = add i64 %713, 0
	%715 = getelementptr inbounds float, float* %23, i64 %714
	%716 = bitcast float* %715 to <8 x float>*
	%717 = load <8 x float>, <8 x float>* %716, align 4
	%718 = mul i64 %712, 16
	%719 = add i64 %718, 8
	%720 = getelementptr inbounds float, float* %23, i64 %719
	%721 = bitcast float* %720 to <8 x float>*
	%722 = load <8 x float>, <8 x float>* %721, align 4
	%723 = mul i64 %712, 6
	%724 = add i64 %723, 0
	%725 = getelementptr inbounds float, float* %550, i64 %724
	%726 = load float, float* %725, align 4
	%727 = insertelement <8 x float> undef, float %726, i64 0
	%728 = shufflevector <8 x float> %727, <8 x float> undef, <8 x i32> zeroinitializer
	%729 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %728, <8 x float> %717, <8 x float> %698)
	%730 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %728, <8 x float> %722, <8 x float> %699)
	%731 = add i64 %723, 1
	%732 = getelementptr inbounds float, float* %550, i64 %731
	%733 = load float, float* %732, align 4
	%734 = insertelement <8 x float> undef, float %733, i64 0
	%735 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
	%736 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %735, <8 x float> %717, <8 x float> %700)
	%737 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %735, <8 x float> %722, <8 x float> %701)
	%738 = add i64 %723, 2
	%739 = getelementptr inbounds float, float* %550, i64 %738
	%740 = load float, float* %739, align 4
	%741 = insertelement <8 x float> undef, float %740, i64 0
	%742 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
	%743 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %742, <8 x float> %717, <8 x float> %702)
	%744 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %742, <8 x float> %722, <8 x float> %703)
	%745 = add i64 %723, 3
	%746 = getelementptr inbounds float, float* %550, i64 %745
	%747 = load float, float* %746, align 4
	%748 = insertelement <8 x float> undef, float %747, i64 0
	%749 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
	%750 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %749, <8 x float> %717, <8 x float> %704)
	%751 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %749, <8 x float> %722, <8 x float> %705)
	%752 = add i64 %723, 4
	%753 = getelementptr inbounds float, float* %550, i64 %752
	%754 = load float, float* %753, align 4
	%755 = insertelement <8 x float> undef, float %754, i64 0
	%756 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
	%757 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %756, <8 x float> %717, <8 x float> %706)
	%758 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %756, <8 x float> %722, <8 x float> %707)
	%759 = add i64 %723, 5
	%760 = getelementptr inbounds float, float* %550, i64 %759
	%761 = load float, float* %760, align 4
	%762 = insertelement <8 x float> undef, float %761, i64 0
	%763 = shufflevector <8 x float> %762, <8 x float> undef, <8 x i32> zeroinitializer
	%764 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %763, <8 x float> %717, <8 x float> %708)
	%765 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %763, <8 x float> %722, <8 x float> %709)
	%766 = mul i64 %697, 2
	%767 = add i64 %766, 1
	%768 = mul i64 %767, 16
	%769 = add i64 %768, 0
	%770 = getelementptr inbounds float, float* %23, i64 %769
	%771 = bitcast float* %770 to <8 x float>*
	%772 = load <8 x float>, <8 x float>* %771, align 4
	%773 = mul i64 %767, 16
	%774 = add i64 %773, 8
	%775 = getelementptr inbounds float, float* %23, i64 %774
	%776 = bitcast float* %775 to <8 x float>*
	%777 = load <8 x float>, <8 x float>* %776, align 4
	%778 = mul i64 %767, 6
	%779 = add i64 %778, 0
	%780 = getelementptr inbounds float, float* %550, i64 %779
	%781 = load float, float* %780, align 4
	%782 = insertelement <8 x float> undef, float %781, i64 0
	%783 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
	%784 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %783, <8 x float> %772, <8 x float> %729)
	%785 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %783, <8 x float> %777, <8 x float> %730)
	%786 = add i64 %778, 1
	%787 = getelementptr inbounds float, float* %550, i64 %786
	%788 = load float, float* %787, align 4
	%789 = insertelement <8 x float> undef, float %788, i64 0
	%790 = shufflevector <8 x float> %789, <8 x float> undef, <8 x i32> zeroinitializer
	%791 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %790, <8 x float> %772, <8 x float> %736)
	%792 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %790, <8 x float> %777, <8 x float> %737)
	%793 = add i64 %778, 2
	%794 = getelementptr inbounds float, float* %550, i64 %793
	%795 = load float, float* %794, align 4
	%796 = insertelement <8 x float> undef, float %795, i64 0
	%797 = shufflevector <8 x float> %796, <8 x float> undef, <8 x i32> zeroinitializer
	%798 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %797, <8 x float> %772, <8 x float> %743)
	%799 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %797, <8 x float> %777, <8 x float> %744)
	%800 = add i64 %778, 3
	%801 = getelementptr inbounds float, float* %550, i64 %800
	%802 = load float, float* %801, align 4
	%803 = insertelement <8 x float> undef, float %802, i64 0
	%804 = shufflevector <8 x float> %803, <8 x float> undef, <8 x i32> zeroinitializer
	%805 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %804, <8 x float> %772, <8 x float> %750)
	%806 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %804, <8 x float> %777, <8 x float> %751)
	%807 = add i64 %778, 4
	%808 = getelementptr inbounds float, float* %550, i64 %807
	%809 = load float, float* %808, align 4
	%810 = insertelement <8 x float> undef, float %809, i64 0
	%811 = shufflevector <8 x float> %810, <8 x float> undef, <8 x i32> zeroinitializer
	%812 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %811, <8 x float> %772, <8 x float> %757)
	%813 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %811, <8 x float> %777, <8 x float> %758)
	%814 = add i64 %778, 5
	%815 = getelementptr inbounds float, float* %550, i64 %814
	%816 = load float, float* %815, align 4
	%817 = insertelement <8 x float> undef, float %816, i64 0
	%818 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
	%819 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %818, <8 x float> %772, <8 x float> %764)
	%820 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %818, <8 x float> %777, <8 x float> %765)
	%821 = add i64 %697, 1
	br label %loop30

done32:
	%822 = add i64 %536, 0
	%823 = mul i64 %822, 24
	%824 = add i64 %175, 0
	%825 = add i64 %823, %824
	%826 = getelementptr inbounds float, float* %13, i64 %825
	%827 = bitcast float* %826 to <8 x float>*
	%828 = icmp slt i64 %543, 8
	%829 = select i1 %828, i64 %543, i64 8
	%830 = icmp sgt i64 %829, 0
	%831 = select i1 %830, i64 %829, i64 0
	%832 = trunc i64 %831 to i32
	%833 = insertelement <8 x i32> undef, i32 %832, i64 0
	%834 = shufflevector <8 x i32> %833, <8 x i32> undef, <8 x i32> zeroinitializer
	%835 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %834
	%836 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %827, i32 4, <8 x i1> %835, <8 x float> zeroinitializer)
	%837 = fadd <8 x float> %698, %836
	%838 = getelementptr inbounds float, float* %4, i64 %825
	%839 = bitcast float* %838 to <8 x float>*
	%840 = icmp slt i64 %543, 8
	%841 = select i1 %840, i64 %543, i64 8
	%842 = icmp sgt i64 %841, 0
	%843 = select i1 %842, i64 %841, i64 0
	%844 = trunc i64 %843 to i32
	%845 = insertelement <8 x i32> undef, i32 %844, i64 0
	%846 = shufflevector <8 x i32> %845, <8 x i32> undef, <8 x i32> zeroinitializer
	%847 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %846
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %837, <8 x float>* %839, i32 4, <8 x i1> %847)
	%848 = add i64 %536, 0
	%849 = mul i64 %848, 24
	%850 = add i64 %175, 8
	%851 = add i64 %849, %850
	%852 = getelementptr inbounds float, float* %13, i64 %851
	%853 = bitcast float* %852 to <8 x float>*
	%854 = icmp slt i64 %544, 8
	%855 = select i1 %854, i64 %544, i64 8
	%856 = icmp sgt i64 %855, 0
	%857 = select i1 %856, i64 %855, i64 0
	%858 = trunc i64 %857 to i32
	%859 = insertelement <8 x i32> undef, i32 %858, i64 0
	%860 = shufflevector <8 x i32> %859, <8 x i32> undef, <8 x i32> zeroinitializer
	%861 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %860
	%862 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %853, i32 4, <8 x i1> %861, <8 x float> zeroinitializer)
	%863 = fadd <8 x float> %699, %862
	%864 = getelementptr inbounds float, float* %4, i64 %851
	%865 = bitcast float* %864 to <8 x float>*
	%866 = icmp slt i64 %544, 8
	%867 = select i1 %866, i64 %544, i64 8
	%868 = icmp sgt i64 %867, 0
	%869 = select i1 %868, i64 %867, i64 0
	%870 = trunc i64 %869 to i32
	%871 = insertelement <8 x i32> undef, i32 %870, i64 0
	%872 = shufflevector <8 x i32> %871, <8 x i32> undef, <8 x i32> zeroinitializer
	%873 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %872
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %863, <8 x float>* %865, i32 4, <8 x i1> %873)
	%874 = add i64 %536, 1
	%875 = mul i64 %874, 24
	%876 = add i64 %175, 0
	%877 = add i64 %875, %876
	%878 = getelementptr inbounds float, float* %13, i64 %877
	%879 = bitcast float* %878 to <8 x float>*
	%880 = icmp slt i64 %543, 8
	%881 = select i1 %880, i64 %543, i64 8
	%882 = icmp sgt i64 %881, 0
	%883 = select i1 %882, i64 %881, i64 0
	%884 = trunc i64 %883 to i32
	%885 = insertelement <8 x i32> undef, i32 %884, i64 0
	%886 = shufflevector <8 x i32> %885, <8 x i32> undef, <8 x i32> zeroinitializer
	%887 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %886
	%888 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %879, i32 4, <8 x i1> %887, <8 x float> zeroinitializer)
	%889 = fadd <8 x float> %700, %888
	%890 = getelementptr inbounds float, float* %4, i64 %877
	%891 = bitcast float* %890 to <8 x float>*
	%892 = icmp slt i64 %543, 8
	%893 = select i1 %892, i64 %543, i64 8
	%894 = icmp sgt i64 %893, 0
	%895 = select i1 %894, i64 %893, i64 0
	%896 = trunc i64 %895 to i32
	%897 = insertelement <8 x i32> undef, i32 %896, i64 0
	%898 = shufflevector <8 x i32> %897, <8 x i32> undef, <8 x i32> zeroinitializer
	%899 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %898
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %889, <8 x float>* %891, i32 4, <8 x i1> %899)
	%900 = add i64 %536, 1
	%901 = mul i64 %900, 24
	%902 = add i64 %175, 8
	%903 = add i64 %901, %902
	%904 = getelementptr inbounds float, float* %13, i64 %903
	%905 = bitcast float* %904 to <8 x float>*
	%906 = icmp slt i64 %544, 8
	%907 = select i1 %906, i64 %544, i64 8
	%908 = icmp sgt i64 %907, 0
	%909 = select i1 %908, i64 %907, i64 0
	%910 = trunc i64 %909 to i32
	%911 = insertelement <8 x i32> undef, i32 %910, i64 0
	%912 = shufflevector <8 x i32> %911, <8 x i32> undef, <8 x i32> zeroinitializer
	%913 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %912
	%914 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %905, i32 4, <8 x i1> %913, <8 x float> zeroinitializer)
	%915 = fadd <8 x float> %701, %914
	%916 = getelementptr inbounds float, float* %4, i64 %903
	%917 = bitcast float* %916 to <8 x float>*
	%918 = icmp slt i64 %544, 8
	%919 = select i1 %918, i64 %544, i64 8
	%920 = icmp sgt i64 %919, 0
	%921 = select i1 %920, i64 %919, i64 0
	%922 = trunc i64 %921 to i32
	%923 = insertelement <8 x i32> undef, i32 %922, i64 0
	%924 = shufflevector <8 x i32> %923, <8 x i32> undef, <8 x i32> zeroinitializer
	%925 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %924
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %915, <8 x float>* %917, i32 4, <8 x i1> %925)
	%926 = add i64 %536, 2
	%927 = mul i64 %926, 24
	%928 = add i64 %175, 0
	%929 = add i64 %927, %928
	%930 = getelementptr inbounds float, float* %13, i64 %929
	%931 = bitcast float* %930 to <8 x float>*
	%932 = icmp slt i64 %543, 8
	%933 = select i1 %932, i64 %543, i64 8
	%934 = icmp sgt i64 %933, 0
	%935 = select i1 %934, i64 %933, i64 0
	%936 = trunc i64 %935 to i32
	%937 = insertelement <8 x i32> undef, i32 %936, i64 0
	%938 = shufflevector <8 x i32> %937, <8 x i32> undef, <8 x i32> zeroinitializer
	%939 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %938
	%940 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %931, i32 4, <8 x i1> %939, <8 x float> zeroinitializer)
	%941 = fadd <8 x float> %702, %940
	%942 = getelementptr inbounds float, float* %4, i64 %929
	%943 = bitcast float* %942 to <8 x float>*
	%944 = icmp slt i64 %543, 8
	%945 = select i1 %944, i64 %543, i64 8
	%946 = icmp sgt i64 %945, 0
	%947 = select i1 %946, i64 %945, i64 0
	%948 = trunc i64 %947 to i32
	%949 = insertelement <8 x i32> undef, i32 %948, i64 0
	%950 = shufflevector <8 x i32> %949, <8 x i32> undef, <8 x i32> zeroinitializer
	%951 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %950
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %941, <8 x float>* %943, i32 4, <8 x i1> %951)
	%952 = add i64 %536, 2
	%953 = mul i64 %952, 24
	%954 = add i64 %175, 8
	%955 = add i64 %953, %954
	%956 = getelementptr inbounds float, float* %13, i64 %955
	%957 = bitcast float* %956 to <8 x float>*
	%958 = icmp slt i64 %544, 8
	%959 = select i1 %958, i64 %544, i64 8
	%960 = icmp sgt i64 %959, 0
	%961 = select i1 %960, i64 %959, i64 0
	%962 = trunc i64 %961 to i32
	%963 = insertelement <8 x i32> undef, i32 %962, i64 0
	%964 = shufflevector <8 x i32> %963, <8 x i32> undef, <8 x i32> zeroinitializer
	%965 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %964
	%966 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %957, i32 4, <8 x i1> %965, <8 x float> zeroinitializer)
	%967 = fadd <8 x float> %703, %966
	%968 = getelementptr inbounds float, float* %4, i64 %955
	%969 = bitcast float* %968 to <8 x float>*
	%970 = icmp slt i64 %544, 8
	%971 = select i1 %970, i64 %544, i64 8
	%972 = icmp sgt i64 %971, 0
	%973 = select i1 %972, i64 %971, i64 0
	%974 = trunc i64 %973 to i32
	%975 = insertelement <8 x i32> undef, i32 %974, i64 0
	%976 = shufflevector <8 x i32> %975, <8 x i32> undef, <8 x i32> zeroinitializer
	%977 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %976
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %967, <8 x float>* %969, i32 4, <8 x i1> %977)
	%978 = add i64 %536, 3
	%979 = mul i64 %978, 24
	%980 = add i64 %175, 0
	%981 = add i64 %979, %980
	%982 = getelementptr inbounds float, float* %13, i64 %981
	%983 = bitcast float* %982 to <8 x float>*
	%984 = icmp slt i64 %543, 8
	%985 = select i1 %984, i64 %543, i64 8
	%986 = icmp sgt i64 %985, 0
	%987 = select i1 %986, i64 %985, i64 0
	%988 = trunc i64 %987 to i32
	%989 = insertelement <8 x i32> undef, i32 %988, i64 0
	%990 = shufflevector <8 x i32> %989, <8 x i32> undef, <8 x i32> zeroinitializer
	%991 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %990
	%992 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %983, i32 4, <8 x i1> %991, <8 x float> zeroinitializer)
	%993 = fadd <8 x float> %704, %992
	%994 = getelementptr inbounds float, float* %4, i64 %981
	%995 = bitcast float* %994 to <8 x float>*
	%996 = icmp slt i64 %543, 8
	%997 = select i1 %996, i64 %543, i64 8
	%998 = icmp sgt i64 %997, 0
	%999 = select i1 %998, i64 %997, i64 0
	%1000 = trunc i64 %999 to i32
	%1001 = insertelement <8 x i32> undef, i32 %1000, i64 0
	%1002 = shufflevector <8 x i32> %1001, <8 x i32> undef, <8 x i32> zeroinitializer
	%1003 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1002
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %993, <8 x float>* %995, i32 4, <8 x i1> %1003)
	%1004 = add i64 %536, 3
	%1005 = mul i64 %1004, 24
	%1006 = add i64 %175, 8
	%1007 = add i64 %1005, %1006
	%1008 = getelementptr inbounds float, float* %13, i64 %1007
	%1009 = bitcast float* %1008 to <8 x float>*
	%1010 = icmp slt i64 %544, 8
	%1011 = select i1 %1010, i64 %544, i64 8
	%1012 = icmp sgt i64 %1011, 0
	%1013 = select i1 %1012, i64 %1011, i64 0
	%1014 = trunc i64 %1013 to i32
	%1015 = insertelement <8 x i32> undef, i32 %1014, i64 0
	%1016 = shufflevector <8 x i32> %1015, <8 x i32> undef, <8 x i32> zeroinitializer
	%1017 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1016
	%1018 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1009, i32 4, <8 x i1> %1017, <8 x float> zeroinitializer)
	%1019 = fadd <8 x float> %705, %1018
	%1020 = getelementptr inbounds float, float* %4, i64 %1007
	%1021 = bitcast float* %1020 to <8 x float>*
	%1022 = icmp slt i64 %544, 8
	%1023 = select i1 %1022, i64 %544, i64 8
	%1024 = icmp sgt i64 %1023, 0
	%1025 = select i1 %1024, i64 %1023, i64 0
	%1026 = trunc i64 %1025 to i32
	%1027 = insertelement <8 x i32> undef, i32 %1026, i64 0
	%1028 = shufflevector <8 x i32> %1027, <8 x i32> undef, <8 x i32> zeroinitializer
	%1029 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1028
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1019, <8 x float>* %1021, i32 4, <8 x i1> %1029)
	%1030 = add i64 %536, 4
	%1031 = mul i64 %1030, 24
	%1032 = add i64 %175, 0
	%1033 = add i64 %1031, %1032
	%1034 = getelementptr inbounds float, float* %13, i64 %1033
	%1035 = bitcast float* %1034 to <8 x float>*
	%1036 = icmp slt i64 %543, 8
	%1037 = select i1 %1036, i64 %543, i64 8
	%1038 = icmp sgt i64 %1037, 0
	%1039 = select i1 %1038, i64 %1037, i64 0
	%1040 = trunc i64 %1039 to i32
	%1041 = insertelement <8 x i32> undef, i32 %1040, i64 0
	%1042 = shufflevector <8 x i32> %1041, <8 x i32> undef, <8 x i32> zeroinitializer
	%1043 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1042
	%1044 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1035, i32 4, <8 x i1> %1043, <8 x float> zeroinitializer)
	%1045 = fadd <8 x float> %706, %1044
	%1046 = getelementptr inbounds float, float* %4, i64 %1033
	%1047 = bitcast float* %1046 to <8 x float>*
	%1048 = icmp slt i64 %543, 8
	%1049 = select i1 %1048, i64 %543, i64 8
	%1050 = icmp sgt i64 %1049, 0
	%1051 = select i1 %1050, i64 %1049, i64 0
	%1052 = trunc i64 %1051 to i32
	%1053 = insertelement <8 x i32> undef, i32 %1052, i64 0
	%1054 = shufflevector <8 x i32> %1053, <8 x i32> undef, <8 x i32> zeroinitializer
	%1055 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1054
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1045, <8 x float>* %1047, i32 4, <8 x i1> %1055)
	%1056 = add i64 %536, 4
	%1057 = mul i64 %1056, 24
	%1058 = add i64 %175, 8
	%1059 = add i64 %1057, %1058
	%1060 = getelementptr inbounds float, float* %13, i64 %1059
	%1061 = bitcast float* %1060 to <8 x float>*
	%1062 = icmp slt i64 %544, 8
	%1063 = select i1 %1062, i64 %544, i64 8
	%1064 = icmp sgt i64 %1063, 0
	%1065 = select i1 %1064, i64 %1063, i64 0
	%1066 = trunc i64 %1065 to i32
	%1067 = insertelement <8 x i32> undef, i32 %1066, i64 0
	%1068 = shufflevector <8 x i32> %1067, <8 x i32> undef, <8 x i32> zeroinitializer
	%1069 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1068
	%1070 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1061, i32 4, <8 x i1> %1069, <8 x float> zeroinitializer)
	%1071 = fadd <8 x float> %707, %1070
	%1072 = getelementptr inbounds float, float* %4, i64 %1059
	%1073 = bitcast float* %1072 to <8 x float>*
	%1074 = icmp slt i64 %544, 8
	%1075 = select i1 %1074, i64 %544, i64 8
	%1076 = icmp sgt i64 %1075, 0
	%1077 = select i1 %1076, i64 %1075, i64 0
	%1078 = trunc i64 %1077 to i32
	%1079 = insertelement <8 x i32> undef, i32 %1078, i64 0
	%1080 = shufflevector <8 x i32> %1079, <8 x i32> undef, <8 x i32> zeroinitializer
	%1081 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1080
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1071, <8 x float>* %1073, i32 4, <8 x i1> %1081)
	%1082 = add i64 %536, 5
	%1083 = mul i64 %1082, 24
	%1084 = add i64 %175, 0
	%1085 = add i64 %1083, %1084
	%1086 = getelementptr inbounds float, float* %13, i64 %1085
	%1087 = bitcast float* %1086 to <8 x float>*
	%1088 = icmp slt i64 %543, 8
	%1089 = select i1 %1088, i64 %543, i64 8
	%1090 = icmp sgt i64 %1089, 0
	%1091 = select i1 %1090, i64 %1089, i64 0
	%1092 = trunc i64 %1091 to i32
	%1093 = insertelement <8 x i32> undef, i32 %1092, i64 0
	%1094 = shufflevector <8 x i32> %1093, <8 x i32> undef, <8 x i32> zeroinitializer
	%1095 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1094
	%1096 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1087, i32 4, <8 x i1> %1095, <8 x float> zeroinitializer)
	%1097 = fadd <8 x float> %708, %1096
	%1098 = getelementptr inbounds float, float* %4, i64 %1085
	%1099 = bitcast float* %1098 to <8 x float>*
	%1100 = icmp slt i64 %543, 8
	%1101 = select i1 %1100, i64 %543, i64 8
	%1102 = icmp sgt i64 %1101, 0
	%1103 = select i1 %1102, i64 %1101, i64 0
	%1104 = trunc i64 %1103 to i32
	%1105 = insertelement <8 x i32> undef, i32 %1104, i64 0
	%1106 = shufflevector <8 x i32> %1105, <8 x i32> undef, <8 x i32> zeroinitializer
	%1107 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1106
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1097, <8 x float>* %1099, i32 4, <8 x i1> %1107)
	%1108 = add i64 %536, 5
	%1109 = mul i64 %1108, 24
	%1110 = add i64 %175, 8
	%1111 = add i64 %1109, %1110
	%1112 = getelementptr inbounds float, float* %13, i64 %1111
	%1113 = bitcast float* %1112 to <8 x float>*
	%1114 = icmp slt i64 %544, 8
	%1115 = select i1 %1114, i64 %544, i64 8
	%1116 = icmp sgt i64 %1115, 0
	%1117 = select i1 %1116, i64 %1115, i64 0
	%1118 = trunc i64 %1117 to i32
	%1119 = insertelement <8 x i32> undef, i32 %1118, i64 0
	%1120 = shufflevector <8 x i32> %1119, <8 x i32> undef, <8 x i32> zeroinitializer
	%1121 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1120
	%1122 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1113, i32 4, <8 x i1> %1121, <8 x float> zeroinitializer)
	%1123 = fadd <8 x float> %709, %1122
	%1124 = getelementptr inbounds float, float* %4, i64 %1111
	%1125 = bitcast float* %1124 to <8 x float>*
	%1126 = icmp slt i64 %544, 8
	%1127 = select i1 %1126, i64 %544, i64 8
	%1128 = icmp sgt i64 %1127, 0
	%1129 = select i1 %1128, i64 %1127, i64 0
	%1130 = trunc i64 %1129 to i32
	%1131 = insertelement <8 x i32> undef, i32 %1130, i64 0
	%1132 = shufflevector <8 x i32> %1131, <8 x i32> undef, <8 x i32> zeroinitializer
	%1133 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1132
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1123, <8 x float>* %1125, i32 4, <8 x i1> %1133)
	%1134 = add i64 %536, 6
	br label %loop22

done33:
	%1135 = icmp sgt i64 %174, 0
	br i1 %1135, label %then34, label %join35

then34:
	%1136 = sub i64 %20, %175
	%1137 = sub i64 %1136, 0
	%1138 = sub i64 %1136, 8
	%1139 = sub i64 %173, %36
	%1140 = sdiv i64 %1139, 6
	%1141 = mul i64 %1140, 1536
	%1142 = srem i64 %1139, 6
	%1143 = add i64 %1141, %1142
	%1144 = getelementptr inbounds float, float* %24, i64 %1143
	br label %loop36

loop36:
	%1145 = phi i64 [ 0, %then34 ], [ %1269, %body37 ]
	%1146 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1232, %body37 ]
	%1147 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1233, %body37 ]
	%1148 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1239, %body37 ]
	%1149 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1240, %body37 ]
	%1150 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1246, %body37 ]
	%1151 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1247, %body37 ]
	%1152 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1253, %body37 ]
	%1153 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1254, %body37 ]
	%1154 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1260, %body37 ]
	%1155 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1261, %body37 ]
	%1156 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1267, %body37 ]
	%1157 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1268, %body37 ]
	%1158 = icmp slt i64 %1145, 20
	br i1 %1158, label %body37, label %done38

body37:
	%1159 = mul i64 %1145, 2
	%1160 = add i64 %1159, 0
	%1161 = mul i64 %1160, 16
	%1162 = add i64 %1161, 0
	%1163 = getelementptr inbounds float, float* %23, i64 %1162
	%1164 = bitcast float* %1163 to <8 x float>*
	%1165 = load <8 x float>, <8 x float>* %1164, align 4
	%1166 = mul i64 %1160, 16
	%1167 = add i64 %1166, 8
	%1168 = getelementptr inbounds float, float* %23, i64 %1167
	%1169 = bitcast float* %1168 to <8 x float>*
	%1170 = load <8 x float>, <8 x float>* %1169, align 4
	%1171 = mul i64 %1160, 6
	%1172 = add i64 %1171, 0
	%1173 = getelementptr inbounds float, float* %1144, i64 %1172
	%1174 = load float, float* %1173, align 4
	%1175 = insertelement <8 x float> undef, float %1174, i64 0
	%1176 = shufflevector <8 x float> %1175, <8 x float> undef, <8 x i32> zeroinitializer
	%1177 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1176, <8 x float> %1165, <8 x float> %1146)
	%1178 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1176, <8 x float> %1170, <8 x float> %1147)
	%1179 = add i64 %1171, 1
	%1180 = getelementptr inbounds float, float* %1144, i64 %1179
	%1181 = load float, float* %1180, align 4
	%1182 = insertelement <8 x float> undef, float %1181, i64 0
	%1183 = shufflevector <8 x float> %1182, <8 x float> undef, <8 x i32> zeroinitializer
	%1184 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1183, <8 x float> %1165, <8 x float> %1148)
	%1185 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1183, <8 x float> %1170, <8 x float> %1149)
	%1186 = add i64 %1171, 2
	%1187 = getelementptr inbounds float, float* %1144, i64 %1186
	%1188 = load float, float* %1187, align 4
	%1189 = insertelement <8 x float> undef, float %1188, i64 0
	%1190 = shufflevector <8 x float> %1189, <8 x float> undef, <8 x i32> zeroinitializer
	%1191 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1190, <8 x float> %1165, <8 x float> %1150)
	%1192 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1190, <8 x float> %1170, <8 x float> %1151)
	%1193 = add i64 %1171, 3
	%1194 = getelementptr inbounds float, float* %1144, i64 %1193
	%1195 = load float, float* %1194, align 4
	%1196 = insertelement <8 x float> undef, float %1195, i64 0
	%1197 = shufflevector <8 x float> %1196, <8 x float> undef, <8 x i32> zeroinitializer
	%1198 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1197, <8 x float> %1165, <8 x float> %1152)
	%1199 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1197, <8 x float> %1170, <8 x float> %1153)
	%1200 = add i64 %1171, 4
	%1201 = getelementptr inbounds float, float* %1144, i64 %1200
	%1202 = load float, float* %1201, align 4
	%1203 = insertelement <8 x float> undef, float %1202, i64 0
	%1204 = shufflevector <8 x float> %1203, <8 x float> undef, <8 x i32> zeroinitializer
	%1205 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1204, <8 x float> %1165, <8 x float> %1154)
	%1206 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1204, <8 x float> %1170, <8 x float> %1155)
	%1207 = add i64 %1171, 5
	%1208 = getelementptr inbounds float, float* %1144, i64 %1207
	%1209 = load float, float* %1208, align 4
	%1210 = insertelement <8 x float> undef, float %1209, i64 0
	%1211 = shufflevector <8 x float> %1210, <8 x float> undef, <8 x i32> zeroinitializer
	%1212 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1211, <8 x float> %1165, <8 x float> %1156)
	%1213 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1211, <8 x float> %1170, <8 x float> %1157)
	%1214 = mul i64 %1145, 2
	%1215 = add i64 %1214, 1
	%1216 = mul i64 %1215, 16
	%1217 = add i64 %1216, 0
	%1218 = getelementptr inbounds float, float* %23, i64 %1217
	%1219 = bitcast float* %1218 to <8 x float>*
	%1220 = load <8 x float>, <8 x float>* %1219, align 4
	%1221 = mul i64 %1215, 16
	%1222 = add i64 %1221, 8
	%1223 = getelementptr inbounds float, float* %23, i64 %1222
	%1224 = bitcast float* %1223 to <8 x float>*
	%1225 = load <8 x float>, <8 x float>* %1224, align 4
	%1226 = mul i64 %1215, 6
	%1227 = add i64 %1226, 0
	%1228 = getelementptr inbounds float, float* %1144, i64 %1227
	%1229 = load float, float* %1228, align 4
	%1230 = insertelement <8 x float> undef, float %1229, i64 0
	%1231 = shufflevector <8 x float> %1230, <8 x float> undef, <8 x i32> zeroinitializer
	%1232 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1231, <8 x float> %1220, <8 x float> %1177)
	%1233 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1231, <8 x float> %1225, <8 x float> %1178)
	%1234 = add i64 %1226, 1
	%1235 = getelementptr inbounds float, float* %1144, i64 %1234
	%1236 = load float, float* %1235, align 4
	%1237 = insertelement <8 x float> undef, float %1236, i64 0
	%1238 = shufflevector <8 x float> %1237, <8 x float> undef, <8 x i32> zeroinitializer
	%1239 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1238, <8 x float> %1220, <8 x float> %1184)
	%1240 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1238, <8 x float> %1225, <8 x float> %1185)
	%1241 = add i64 %1226, 2
	%1242 = getelementptr inbounds float, float* %1144, i64 %1241
	%1243 = load float, float* %1242, align 4
	%1244 = insertelement <8 x float> undef, float %1243, i64 0
	%1245 = shufflevector <8 x float> %1244, <8 x float> undef, <8 x i32> zeroinitializer
	%1246 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1245, <8 x float> %1220, <8 x float> %1191)
	%1247 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1245, <8 x float> %1225, <8 x float> %1192)
	%1248 = add i64 %1226, 3
	%1249 = getelementptr inbounds float, float* %1144, i64 %1248
	%1250 = load float, float* %1249, align 4
	%1251 = insertelement <8 x float> undef, float %1250, i64 0
	%1252 = shufflevector <8 x float> %1251, <8 x float> undef, <8 x i32> zeroinitializer
	%1253 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1252, <8 x float> %1220, <8 x float> %1198)
	%1254 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1252, <8 x float> %1225, <8 x float> %1199)
	%1255 = add i64 %1226, 4
	%1256 = getelementptr inbounds float, float* %1144, i64 %1255
	%1257 = load float, float* %1256, align 4
	%1258 = insertelement <8 x float> undef, float %1257, i64 0
	%1259 = shufflevector <8 x float> %1258, <8 x float> undef, <8 x i32> zeroinitializer
	%1260 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1259, <8 x float> %1220, <8 x float> %1205)
	%1261 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1259, <8 x float> %1225, <8 x float> %1206)
	%1262 = add i64 %1226, 5
	%1263 = getelementptr inbounds float, float* %1144, i64 %1262
	%1264 = load float, float* %1263, align 4
	%1265 = insertelement <8 x float> undef, float %1264, i64 0
	%1266 = shufflevector <8 x float> %1265, <8 x float> undef, <8 x i32> zeroinitializer
	%1267 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1266, <8 x float> %1220, <8 x float> %1212)
	%1268 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1266, <8 x float> %1225, <8 x float> %1213)
	%1269 = add i64 %1145, 1
	br label %loop36

done38:
	%1270 = add i64 %173, 0
	%1271 = mul i64 %1270, 24
	%1272 = add i64 %175, 0
	%1273 = add i64 %1271, %1272
	%1274 = getelementptr inbounds float, float* %13, i64 %1273
	%1275 = bitcast float* %1274 to <8 x float>*
	%1276 = icmp slt i64 %1137, 8
	%1277 = select i1 %1276, i64 %1137, i64 8
	%1278 = icmp sgt i64 %1277, 0
	%1279 = select i1 %1278, i64 %1277, i64 0
	%1280 = trunc i64 %1279 to i32
	%1281 = insertelement <8 x i32> undef, i32 %1280, i64 0
	%1282 = shufflevector <8 x i32> %1281, <8 x i32> undef, <8 x i32> zeroinitializer
	%1283 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1282
	%1284 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1275, i32 4, <8 x i1> %1283, <8 x float> zeroinitializer)
	%1285 = fadd <8 x float> %1146, %1284
	%1286 = getelementptr inbounds float, float* %4, i64 %1273
	%1287 = bitcast float* %1286 to <8 x float>*
	%1288 = icmp slt i64 %1137, 8
	%1289 = select i1 %1288, i64 %1137, i64 8
	%1290 = icmp sgt i64 %1289, 0
	%1291 = select i1 %1290, i64 %1289, i64 0
	%1292 = trunc i64 %1291 to i32
	%1293 = insertelement <8 x i32> undef, i32 %1292, i64 0
	%1294 = shufflevector <8 x i32> %1293, <8 x i32> undef, <8 x i32> zeroinitializer
	%1295 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1294
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1285, <8 x float>* %1287, i32 4, <8 x i1> %1295)
	%1296 = add i64 %173, 0
	%1297 = mul i64 %1296, 24
	%1298 = add i64 %175, 8
	%1299 = add i64 %1297, %1298
	%1300 = getelementptr inbounds float, float* %13, i64 %1299
	%1301 = bitcast float* %1300 to <8 x float>*
	%1302 = icmp slt i64 %1138, 8
	%1303 = select i1 %1302, i64 %1138, i64 8
	%1304 = icmp sgt i64 %1303, 0
	%1305 = select i1 %1304, i64 %1303, i64 0
	%1306 = trunc i64 %1305 to i32
	%1307 = insertelement <8 x i32> undef, i32 %1306, i64 0
	%1308 = shufflevector <8 x i32> %1307, <8 x i32> undef, <8 x i32> zeroinitializer
	%1309 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1308
	%1310 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1301, i32 4, <8 x i1> %1309, <8 x float> zeroinitializer)
	%1311 = fadd <8 x float> %1147, %1310
	%1312 = getelementptr inbounds float, float* %4, i64 %1299
	%1313 = bitcast float* %1312 to <8 x float>*
	%1314 = icmp slt i64 %1138, 8
	%1315 = select i1 %1314, i64 %1138, i64 8
	%1316 = icmp sgt i64 %1315, 0
	%1317 = select i1 %1316, i64 %1315, i64 0
	%1318 = trunc i64 %1317 to i32
	%1319 = insertelement <8 x i32> undef, i32 %1318, i64 0
	%1320 = shufflevector <8 x i32> %1319, <8 x i32> undef, <8 x i32> zeroinitializer
	%1321 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1320
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1311, <8 x float>* %1313, i32 4, <8 x i1> %1321)
	%1322 = icmp slt i64 1, %174
	br i1 %1322, label %then39, label %join40

then39:
	%1323 = icmp slt i64 1, %174
	%1324 = select i1 %1323, i64 1, i64 0
	%1325 = add i64 %173, %1324
	%1326 = mul i64 %1325, 24
	%1327 = add i64 %175, 0
	%1328 = add i64 %1326, %1327
	%1329 = getelementptr inbounds float, float* %13, i64 %1328
	%1330 = bitcast float* %1329 to <8 x float>*
	%1331 = icmp slt i64 %1137, 8
	%1332 = select i1 %1331, i64 %1137, i64 8
	%1333 = icmp sgt i64 %1332, 0
	%1334 = select i1 %1333, i64 %1332, i64 0
	%1335 = trunc i64 %1334 to i32
	%1336 = insertelement <8 x i32> undef, i32 %1335, i64 0
	%1337 = shufflevector <8 x i32> %1336, <8 x i32> undef, <8 x i32> zeroinitializer
	%1338 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1337
	%1339 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1330, i32 4, <8 x i1> %1338, <8 x float> zeroinitializer)
	%1340 = fadd <8 x float> %1148, %1339
	%1341 = getelementptr inbounds float, float* %4, i64 %1328
	%1342 = bitcast float* %1341 to <8 x float>*
	%1343 = icmp slt i64 %1137, 8
	%1344 = select i1 %1343, i64 %1137, i64 8
	%1345 = icmp sgt i64 %1344, 0
	%1346 = select i1 %1345, i64 %1344, i64 0
	%1347 = trunc i64 %1346 to i32
	%1348 = insertelement <8 x i32> undef, i32 %1347, i64 0
	%1349 = shufflevector <8 x i32> %1348, <8 x i32> undef, <8 x i32> zeroinitializer
	%1350 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1349
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1340, <8 x float>* %1342, i32 4, <8 x i1> %1350)
	%1351 = icmp slt i64 1, %174
	%1352 = select i1 %1351, i64 1, i64 0
	%1353 = add i64 %173, %1352
	%1354 = mul i64 %1353, 24
	%1355 = add i64 %175, 8
	%1356 = add i64 %1354, %1355
	%1357 = getelementptr inbounds float, float* %13, i64 %1356
	%1358 = bitcast float* %1357 to <8 x float>*
	%1359 = icmp slt i64 %1138, 8
	%1360 = select i1 %1359, i64 %1138, i64 8
	%1361 = icmp sgt i64 %1360, 0
	%1362 = select i1 %1361, i64 %1360, i64 0
	%1363 = trunc i64 %1362 to i32
	%1364 = insertelement <8 x i32> undef, i32 %1363, i64 0
	%1365 = shufflevector <8 x i32> %1364, <8 x i32> undef, <8 x i32> zeroinitializer
	%1366 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1365
	%1367 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1358, i32 4, <8 x i1> %1366, <8 x float> zeroinitializer)
	%1368 = fadd <8 x float> %1149, %1367
	%1369 = getelementptr inbounds float, float* %4, i64 %1356
	%1370 = bitcast float* %1369 to <8 x float>*
	%1371 = icmp slt i64 %1138, 8
	%1372 = select i1 %1371, i64 %1138, i64 8
	%1373 = icmp sgt i64 %1372, 0
	%1374 = select i1 %1373, i64 %1372, i64 0
	%1375 = trunc i64 %1374 to i32
	%1376 = insertelement <8 x i32> undef, i32 %1375, i64 0
	%1377 = shufflevector <8 x i32> %1376, <8 x i32> undef, <8 x i32> zeroinitializer
	%1378 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1377
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1368, <8 x float>* %1370, i32 4, <8 x i1> %1378)
	br label %join40

join40:
	%1379 = icmp slt i64 2, %174
	br i1 %1379, label %then41, label %join42

then41:
	%1380 = icmp slt i64 2, %174
	%1381 = select i1 %1380, i64 2, i64 0
	%1382 = add i64 %173, %1381
	%1383 = mul i64 %1382, 24
	%1384 = add i64 %175, 0
	%1385 = add i64 %1383, %1384
	%1386 = getelementptr inbounds float, float* %13, i64 %1385
	%1387 = bitcast float* %1386 to <8 x float>*
	%1388 = icmp slt i64 %1137, 8
	%1389 = select i1 %1388, i64 %1137, i64 8
	%1390 = icmp sgt i64 %1389, 0
	%1391 = select i1 %1390, i64 %1389, i64 0
	%1392 = trunc i64 %1391 to i32
	%1393 = insertelement <8 x i32> undef, i32 %1392, i64 0
	%1394 = shufflevector <8 x i32> %1393, <8 x i32> undef, <8 x i32> zeroinitializer
	%1395 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1394
	%1396 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1387, i32 4, <8 x i1> %1395, <8 x float> zeroinitializer)
	%1397 = fadd <8 x float> %1150, %1396
	%1398 = getelementptr inbounds float, float* %4, i64 %1385
	%1399 = bitcast float* %1398 to <8 x float>*
	%1400 = icmp slt i64 %1137, 8
	%1401 = select i1 %1400, i64 %1137, i64 8
	%1402 = icmp sgt i64 %1401, 0
	%1403 = select i1 %1402, i64 %1401, i64 0
	%1404 = trunc i64 %1403 to i32
	%1405 = insertelement <8 x i32> undef, i32 %1404, i64 0
	%1406 = shufflevector <8 x i32> %1405, <8 x i32> undef, <8 x i32> zeroinitializer
	%1407 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1406
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1397, <8 x float>* %1399, i32 4, <8 x i1> %1407)
	%1408 = icmp slt i64 2, %174
	%1409 = select i1 %1408, i64 2, i64 0
	%1410 = add i64 %173, %1409
	%1411 = mul i64 %1410, 24
	%1412 = add i64 %175, 8
	%1413 = add i64 %1411, %1412
	%1414 = getelementptr inbounds float, float* %13, i64 %1413
	%1415 = bitcast float* %1414 to <8 x float>*
	%1416 = icmp slt i64 %1138, 8
	%1417 = select i1 %1416, i64 %1138, i64 8
	%1418 = icmp sgt i64 %1417, 0
	%1419 = select i1 %1418, i64 %1417, i64 0
	%1420 = trunc i64 %1419 to i32
	%1421 = insertelement <8 x i32> undef, i32 %1420, i64 0
	%1422 = shufflevector <8 x i32> %1421, <8 x i32> undef, <8 x i32> zeroinitializer
	%1423 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1422
	%1424 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1415, i32 4, <8 x i1> %1423, <8 x float> zeroinitializer)
	%1425 = fadd <8 x float> %1151, %1424
	%1426 = getelementptr inbounds float, float* %4, i64 %1413
	%1427 = bitcast float* %1426 to <8 x float>*
	%1428 = icmp slt i64 %1138, 8
	%1429 = select i1 %1428, i64 %1138, i64 8
	%1430 = icmp sgt i64 %1429, 0
	%1431 = select i1 %1430, i64 %1429, i64 0
	%1432 = trunc i64 %1431 to i32
	%1433 = insertelement <8 x i32> undef, i32 %1432, i64 0
	%1434 = shufflevector <8 x i32> %1433, <8 x i32> undef, <8 x i32> zeroinitializer
	%1435 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1434
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1425, <8 x float>* %1427, i32 4, <8 x i1> %1435)
	br label %join42

join42:
	%1436 = icmp slt i64 3, %174
	br i1 %1436, label %then43, label %join44

then43:
	%1437 = icmp slt i64 3, %174
	%1438 = select i1 %1437, i64 3, i64 0
	%1439 = add i64 %173, %1438
	%1440 = mul i64 %1439, 24
	%1441 = add i64 %175, 0
	%1442 = add i64 %1440, %1441
	%1443 = getelementptr inbounds float, float* %13, i64 %1442
	%1444 = bitcast float* %1443 to <8 x float>*
	%1445 = icmp slt i64 %1137, 8
	%1446 = select i1 %1445, i64 %1137, i64 8
	%1447 = icmp sgt i64 %1446, 0
	%1448 = select i1 %1447, i64 %1446, i64 0
	%1449 = trunc i64 %1448 to i32
	%1450 = insertelement <8 x i32> undef, i32 %1449, i64 0
	%1451 = shufflevector <8 x i32> %1450, <8 x i32> undef, <8 x i32> zeroinitializer
	%1452 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1451
	%1453 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1444, i32 4, <8 x i1> %1452, <8 x float> zeroinitializer)
	%1454 = fadd <8 x float> %1152, %1453
	%1455 = getelementptr inbounds float, float* %4, i64 %1442
	%1456 = bitcast float* %1455 to <8 x float>*
	%1457 = icmp slt i64 %1137, 8
	%1458 = select i1 %1457, i64 %1137, i64 8
	%1459 = icmp sgt i64 %1458, 0
	%1460 = select i1 %1459, i64 %1458, i64 0
	%1461 = trunc i64 %1460 to i32
	%1462 = insertelement <8 x i32> undef, i32 %1461, i64 0
	%1463 = shufflevector <8 x i32> %1462, <8 x i32> undef, <8 x i32> zeroinitializer
	%1464 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1463
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1454, <8 x float>* %1456, i32 4, <8 x i1> %1464)
	%1465 = icmp slt i64 3, %174
	%1466 = select i1 %1465, i64 3, i64 0
	%1467 = add i64 %173, %1466
	%1468 = mul i64 %1467, 24
	%1469 = add i64 %175, 8
	%1470 = add i64 %1468, %1469
	%1471 = getelementptr inbounds float, float* %13, i64 %1470
	%1472 = bitcast float* %1471 to <8 x float>*
	%1473 = icmp slt i64 %1138, 8
	%1474 = select i1 %1473, i64 %1138, i64 8
	%1475 = icmp sgt i64 %1474, 0
	%1476 = select i1 %1475, i64 %1474, i64 0
	%1477 = trunc i64 %1476 to i32
	%1478 = insertelement <8 x i32> undef, i32 %1477, i64 0
	%1479 = shufflevector <8 x i32> %1478, <8 x i32> undef, <8 x i32> zeroinitializer
	%1480 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1479
	%1481 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1472, i32 4, <8 x i1> %1480, <8 x float> zeroinitializer)
	%1482 = fadd <8 x float> %1153, %1481
	%1483 = getelementptr inbounds float, float* %4, i64 %1470
	%1484 = bitcast float* %1483 to <8 x float>*
	%1485 = icmp slt i64 %1138, 8
	%1486 = select i1 %1485, i64 %1138, i64 8
	%1487 = icmp sgt i64 %1486, 0
	%1488 = select i1 %1487, i64 %1486, i64 0
	%1489 = trunc i64 %1488 to i32
	%1490 = insertelement <8 x i32> undef, i32 %1489, i64 0
	%1491 = shufflevector <8 x i32> %1490, <8 x i32> undef, <8 x i32> zeroinitializer
	%1492 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1491
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1482, <8 x float>* %1484, i32 4, <8 x i1> %1492)
	br label %join44

join44:
	%1493 = icmp slt i64 4, %174
	br i1 %1493, label %then45, label %join46

then45:
	%1494 = icmp slt i64 4, %174
	%1495 = select i1 %1494, i64 4, i64 0
	%1496 = add i64 %173, %1495
	%1497 = mul i64 %1496, 24
	%1498 = add i64 %175, 0
	%1499 = add i64 %1497, %1498
	%1500 = getelementptr inbounds float, float* %13, i64 %1499
	%1501 = bitcast float* %1500 to <8 x float>*
	%1502 = icmp slt i64 %1137, 8
	%1503 = select i1 %1502, i64 %1137, i64 8
	%1504 = icmp sgt i64 %1503, 0
	%1505 = select i1 %1504, i64 %1503, i64 0
	%1506 = trunc i64 %1505 to i32
	%1507 = insertelement <8 x i32> undef, i32 %1506, i64 0
	%1508 = shufflevector <8 x i32> %1507, <8 x i32> undef, <8 x i32> zeroinitializer
	%1509 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1508
	%1510 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1501, i32 4, <8 x i1> %1509, <8 x float> zeroinitializer)
	%1511 = fadd <8 x float> %1154, %1510
	%1512 = getelementptr inbounds float, float* %4, i64 %1499
	%1513 = bitcast float* %1512 to <8 x float>*
	%1514 = icmp slt i64 %1137, 8
	%1515 = select i1 %1514, i64 %1137, i64 8
	%1516 = icmp sgt i64 %1515, 0
	%1517 = select i1 %1516, i64 %1515, i64 0
	%1518 = trunc i64 %1517 to i32
	%1519 = insertelement <8 x i32> undef, i32 %1518, i64 0
	%1520 = shufflevector <8 x i32> %1519, <8 x i32> undef, <8 x i32> zeroinitializer
	%1521 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1520
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1511, <8 x float>* %1513, i32 4, <8 x i1> %1521)
	%1522 = icmp slt i64 4, %174
	%1523 = select i1 %1522, i64 4, i64 0
	%1524 = add i64 %173, %1523
	%1525 = mul i64 %1524, 24
	%1526 = add i64 %175, 8
	%1527 = add i64 %1525, %1526
	%1528 = getelementptr inbounds float, float* %13, i64 %1527
	%1529 = bitcast float* %1528 to <8 x float>*
	%1530 = icmp slt i64 %1138, 8
	%1531 = select i1 %1530, i64 %1138, i64 8
	%1532 = icmp sgt i64 %1531, 0
	%1533 = select i1 %1532, i64 %1531, i64 0
	%1534 = trunc i64 %1533 to i32
	%1535 = insertelement <8 x i32> undef, i32 %1534, i64 0
	%1536 = shufflevector <8 x i32> %1535, <8 x i32> undef, <8 x i32> zeroinitializer
	%1537 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1536
	%1538 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1529, i32 4, <8 x i1> %1537, <8 x float> zeroinitializer)
	%1539 = fadd <8 x float> %1155, %1538
	%1540 = getelementptr inbounds float, float* %4, i64 %1527
	%1541 = bitcast float* %1540 to <8 x float>*
	%1542 = icmp slt i64 %1138, 8
	%1543 = select i1 %1542, i64 %1138, i64 8
	%1544 = icmp sgt i64 %1543, 0
	%1545 = select i1 %1544, i64 %1543, i64 0
	%1546 = trunc i64 %1545 to i32
	%1547 = insertelement <8 x i32> undef, i32 %1546, i64 0
	%1548 = shufflevector <8 x i32> %1547, <8 x i32> undef, <8 x i32> zeroinitializer
	%1549 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1548
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1539, <8 x float>* %1541, i32 4, <8 x i1> %1549)
	br label %join46

join46:
	%1550 = icmp slt i64 5, %174
	br i1 %1550, label %then47, label %join48

then47:
	%1551 = icmp slt i64 5, %174
	%1552 = select i1 %1551, i64 5, i64 0
	%1553 = add i64 %173, %1552
	%1554 = mul i64 %1553, 24
	%1555 = add i64 %175, 0
	%1556 = add i64 %1554, %1555
	%1557 = getelementptr inbounds float, float* %13, i64 %1556
	%1558 = bitcast float* %1557 to <8 x float>*
	%1559 = icmp slt i64 %1137, 8
	%1560 = select i1 %1559, i64 %1137, i64 8
	%1561 = icmp sgt i64 %1560, 0
	%1562 = select i1 %1561, i64 %1560, i64 0
	%1563 = trunc i64 %1562 to i32
	%1564 = insertelement <8 x i32> undef, i32 %1563, i64 0
	%1565 = shufflevector <8 x i32> %1564, <8 x i32> undef, <8 x i32> zeroinitializer
	%1566 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1565
	%1567 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1558, i32 4, <8 x i1> %1566, <8 x float> zeroinitializer)
	%1568 = fadd <8 x float> %1156, %1567
	%1569 = getelementptr inbounds float, float* %4, i64 %1556
	%1570 = bitcast float* %1569 to <8 x float>*
	%1571 = icmp slt i64 %1137, 8
	%1572 = select i1 %1571, i64 %1137, i64 8
	%1573 = icmp sgt i64 %1572, 0
	%1574 = select i1 %1573, i64 %1572, i64 0
	%1575 = trunc i64 %1574 to i32
	%1576 = insertelement <8 x i32> undef, i32 %1575, i64 0
	%1577 = shufflevector <8 x i32> %1576, <8 x i32> undef, <8 x i32> zeroinitializer
	%1578 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1577
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1568, <8 x float>* %1570, i32 4, <8 x i1> %1578)
	%1579 = icmp slt i64 5, %174
	%1580 = select i1 %1579, i64 5, i64 0
	%1581 = add i64 %173, %1580
	%1582 = mul i64 %1581, 24
	%1583 = add i64 %175, 8
	%1584 = add i64 %1582, %1583
	%1585 = getelementptr inbounds float, float* %13, i64 %1584
	%1586 = bitcast float* %1585 to <8 x float>*
	%1587 = icmp slt i64 %1138, 8
	%1588 = select i1 %1587, i64 %1138, i64 8
	%1589 = icmp sgt i64 %1588, 0
	%1590 = select i1 %1589, i64 %1588, i64 0
	%1591 = trunc i64 %1590 to i32
	%1592 = insertelement <8 x i32> undef, i32 %1591, i64 0
	%1593 = shufflevector <8 x i32> %1592, <8 x i32> undef, <8 x i32> zeroinitializer
	%1594 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1593
	%1595 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %1586, i32 4, <8 x i1> %1594, <8 x float> zeroinitializer)
	%1596 = fadd <8 x float> %1157, %1595
	%1597 = getelementptr inbounds float, float* %4, i64 %1584
	%1598 = bitcast float* %1597 to <8 x float>*
	%1599 = icmp slt i64 %1138, 8
	%1600 = select i1 %1599, i64 %1138, i64 8
	%1601 = icmp sgt i64 %1600, 0
	%1602 = select i1 %1601, i64 %1600, i64 0
	%1603 = trunc i64 %1602 to i32
	%1604 = insertelement <8 x i32> undef, i32 %1603, i64 0
	%1605 = shufflevector <8 x i32> %1604, <8 x i32> undef, <8 x i32> zeroinitializer
	%1606 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1605
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1596, <8 x float>* %1598, i32 4, <8 x i1> %1606)
	br label %join48

join48:
	br label %join35

join35:
	%1607 = add i64 %175, 16
	br label %loop14

done49:
	%1608 = add i64 %34, 1
	br label %loop6

done50:
	br label %join4

then51:
	%1609 = sub i64 %20, %17
	%1610 = sdiv i64 %1609, 8
	%1611 = mul i64 %1610, 8
	%1612 = add i64 %17, %1611
	br label %loop54

else53:
	%1613 = sdiv i64 %15, 4
	%1614 = mul i64 %1613, 4
	br label %loop66

loop54:
	%1615 = phi i64 [ %17, %then51 ], [ %2099, %done58 ]
	%1616 = icmp slt i64 %1615, %1612
	br i1 %1616, label %body55, label %done59

body55:
	%1617 = add i64 %1615, 0
	%1618 = sub i64 %1617, 0
	%1619 = mul i64 %1618, 40
	%1620 = getelementptr inbounds i16, i16* %10, i64 %1619
	%1621 = add i64 %1615, 1
	%1622 = sub i64 %1621, 0
	%1623 = mul i64 %1622, 40
	%1624 = getelementptr inbounds i16, i16* %10, i64 %1623
	%1625 = add i64 %1615, 2
	%1626 = sub i64 %1625, 0
	%1627 = mul i64 %1626, 40
	%1628 = getelementptr inbounds i16, i16* %10, i64 %1627
	%1629 = add i64 %1615, 3
	%1630 = sub i64 %1629, 0
	%1631 = mul i64 %1630, 40
	%1632 = getelementptr inbounds i16, i16* %10, i64 %1631
	%1633 = add i64 %1615, 4
	%1634 = sub i64 %1633, 0
	%1635 = mul i64 %1634, 40
	%1636 = getelementptr inbounds i16, i16* %10, i64 %1635
	%1637 = add i64 %1615, 5
	%1638 = sub i64 %1637, 0
	%1639 = mul i64 %1638, 40
	%1640 = getelementptr inbounds i16, i16* %10, i64 %1639
	%1641 = add i64 %1615, 6
	%1642 = sub i64 %1641, 0
	%1643 = mul i64 %1642, 40
	%1644 = getelementptr inbounds i16, i16* %10, i64 %1643
	%1645 = add i64 %1615, 7
	%1646 = sub i64 %1645, 0
	%1647 = mul i64 %1646, 40
	%1648 = getelementptr inbounds i16, i16* %10, i64 %1647
	br label %loop56

loop56:
	%1649 = phi i64 [ 0, %body55 ], [ %1919, %body57 ]
	%1650 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1869, %body57 ]
	%1651 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1876, %body57 ]
	%1652 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1883, %body57 ]
	%1653 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1890, %body57 ]
	%1654 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1897, %body57 ]
	%1655 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1904, %body57 ]
	%1656 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1911, %body57 ]
	%1657 = phi <8 x float> [ zeroinitializer, %body55 ], [ %1918, %body57 ]
	%1658 = icmp slt i64 %1649, 32
	br i1 %1658, label %body57, label %done58

body57:
	%1659 = add i64 %1649, 0
	%1660 = getelementptr inbounds float, float* %7, i64 %1659
	%1661 = bitcast float* %1660 to <8 x float>*
	%1662 = load <8 x float>, <8 x float>* %1661, align 4
	%1663 = add i64 %1659, 256
	%1664 = icmp sge i64 %1663, 40
	%1665 = add i64 %1663, 280
	%1666 = select i1 %1664, i64 %1665, i64 %1663
	%1667 = getelementptr i16, i16* %1620, i64 %1666
	%1668 = bitcast i16* %1667 to i8*
	call void @llvm.prefetch.p0i8(i8* %1668, i32 0, i32 3, i32 1)
	%1669 = getelementptr inbounds i16, i16* %1620, i64 %1659
	%1670 = bitcast i16* %1669 to <8 x i16>*
	%1671 = load <8 x i16>, <8 x i16>* %1670, align 2
	%1672 = zext <8 x i16> %1671 to <8 x i32>
	%1673 = shl <8 x i32> %1672, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1674 = bitcast <8 x i32> %1673 to <8 x float>
	%1675 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1674, <8 x float> %1662, <8 x float> %1650)
	%1676 = getelementptr i16, i16* %1624, i64 %1666
	%1677 = bitcast i16* %1676 to i8*
	call void @llvm.prefetch.p0i8(i8* %1677, i32 0, i32 3, i32 1)
	%1678 = getelementptr inbounds i16, i16* %1624, i64 %1659
	%1679 = bitcast i16* %1678 to <8 x i16>*
	%1680 = load <8 x i16>, <8 x i16>* %1679, align 2
	%1681 = zext <8 x i16> %1680 to <8 x i32>
	%1682 = shl <8 x i32> %1681, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1683 = bitcast <8 x i32> %1682 to <8 x float>
	%1684 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1683, <8 x float> %1662, <8 x float> %1651)
	%1685 = getelementptr i16, i16* %1628, i64 %1666
	%1686 = bitcast i16* %1685 to i8*
	call void @llvm.prefetch.p0i8(i8* %1686, i32 0, i32 3, i32 1)
	%1687 = getelementptr inbounds i16, i16* %1628, i64 %1659
	%1688 = bitcast i16* %1687 to <8 x i16>*
	%1689 = load <8 x i16>, <8 x i16>* %1688, align 2
	%1690 = zext <8 x i16> %1689 to <8 x i32>
	%1691 = shl <8 x i32> %1690, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1692 = bitcast <8 x i32> %1691 to <8 x float>
	%1693 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1692, <8 x float> %1662, <8 x float> %1652)
	%1694 = getelementptr i16, i16* %1632, i64 %1666
	%1695 = bitcast i16* %1694 to i8*
	call void @llvm.prefetch.p0i8(i8* %1695, i32 0, i32 3, i32 1)
	%1696 = getelementptr inbounds i16, i16* %1632, i64 %1659
	%1697 = bitcast i16* %1696 to <8 x i16>*
	%1698 = load <8 x i16>, <8 x i16>* %1697, align 2
	%1699 = zext <8 x i16> %1698 to <8 x i32>
	%1700 = shl <8 x i32> %1699, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1701 = bitcast <8 x i32> %1700 to <8 x float>
	%1702 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1701, <8 x float> %1662, <8 x float> %1653)
	%1703 = getelementptr i16, i16* %1636, i64 %1666
	%1704 = bitcast i16* %1703 to i8*
	call void @llvm.prefetch.p0i8(i8* %1704, i32 0, i32 3, i32 1)
	%1705 = getelementptr inbounds i16, i16* %1636, i64 %1659
	%1706 = bitcast i16* %1705 to <8 x i16>*
	%1707 = load <8 x i16>, <8 x i16>* %1706, align 2
	%1708 = zext <8 x i16> %1707 to <8 x i32>
	%1709 = shl <8 x i32> %1708, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1710 = bitcast <8 x i32> %1709 to <8 x float>
	%1711 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1710, <8 x float> %1662, <8 x float> %1654)
	%1712 = getelementptr i16, i16* %1640, i64 %1666
	%1713 = bitcast i16* %1712 to i8*
	call void @llvm.prefetch.p0i8(i8* %1713, i32 0, i32 3, i32 1)
	%1714 = getelementptr inbounds i16, i16* %1640, i64 %1659
	%1715 = bitcast i16* %1714 to <8 x i16>*
	%1716 = load <8 x i16>, <8 x i16>* %1715, align 2
	%1717 = zext <8 x i16> %1716 to <8 x i32>
	%1718 = shl <8 x i32> %1717, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1719 = bitcast <8 x i32> %1718 to <8 x float>
	%1720 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1719, <8 x float> %1662, <8 x float> %1655)
	%1721 = getelementptr i16, i16* %1644, i64 %1666
	%1722 = bitcast i16* %1721 to i8*
	call void @llvm.prefetch.p0i8(i8* %1722, i32 0, i32 3, i32 1)
	%1723 = getelementptr inbounds i16, i16* %1644, i64 %1659
	%1724 = bitcast i16* %1723 to <8 x i16>*
	%1725 = load <8 x i16>, <8 x i16>* %1724, align 2
	%1726 = zext <8 x i16> %1725 to <8 x i32>
	%1727 = shl <8 x i32> %1726, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1728 = bitcast <8 x i32> %1727 to <8 x float>
	%1729 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1728, <8 x float> %1662, <8 x float> %1656)
	%1730 = getelementptr i16, i16* %1648, i64 %1666
	%1731 = bitcast i16* %1730 to i8*
	call void @llvm.prefetch.p0i8(i8* %1731, i32 0, i32 3, i32 1)
	%1732 = getelementptr inbounds i16, i16* %1648, i64 %1659
	%1733 = bitcast i16* %1732 to <8 x i16>*
	%1734 = load <8 x i16>, <8 x i16>* %1733, align 2
	%1735 = zext <8 x i16> %1734 to <8 x i32>
	%1736 = shl <8 x i32> %1735, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1737 = bitcast <8 x i32> %1736 to <8 x float>
	%1738 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1737, <8 x float> %1662, <8 x float> %1657)
	%1739 = add i64 %1649, 8
	%1740 = getelementptr inbounds float, float* %7, i64 %1739
	%1741 = bitcast float* %1740 to <8 x float>*
	%1742 = load <8 x float>, <8 x float>* %1741, align 4
	%1743 = getelementptr inbounds i16, i16* %1620, i64 %1739
	%1744 = bitcast i16* %1743 to <8 x i16>*
	%1745 = load <8 x i16>, <8 x i16>* %1744, align 2
	%1746 = zext <8 x i16> %1745 to <8 x i32>
	%1747 = shl <8 x i32> %1746, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1748 = bitcast <8 x i32> %1747 to <8 x float>
	%1749 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1748, <8 x float> %1742, <8 x float> %1675)
	%1750 = getelementptr inbounds i16, i16* %1624, i64 %1739
	%1751 = bitcast i16* %1750 to <8 x i16>*
	%1752 = load <8 x i16>, <8 x i16>* %1751, align 2
	%1753 = zext <8 x i16> %1752 to <8 x i32>
	%1754 = shl <8 x i32> %1753, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1755 = bitcast <8 x i32> %1754 to <8 x float>
	%1756 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1755, <8 x float> %1742, <8 x float> %1684)
	%1757 = getelementptr inbounds i16, i16* %1628, i64 %1739
	%1758 = bitcast i16* %1757 to <8 x i16>*
	%1759 = load <8 x i16>, <8 x i16>* %1758, align 2
	%1760 = zext <8 x i16> %1759 to <8 x i32>
	%1761 = shl <8 x i32> %1760, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1762 = bitcast <8 x i32> %1761 to <8 x float>
	%1763 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1762, <8 x float> %1742, <8 x float> %1693)
	%1764 = getelementptr inbounds i16, i16* %1632, i64 %1739
	%1765 = bitcast i16* %1764 to <8 x i16>*
	%1766 = load <8 x i16>, <8 x i16>* %1765, align 2
	%1767 = zext <8 x i16> %1766 to <8 x i32>
	%1768 = shl <8 x i32> %1767, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1769 = bitcast <8 x i32> %1768 to <8 x float>
	%1770 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1769, <8 x float> %1742, <8 x float> %1702)
	%1771 = getelementptr inbounds i16, i16* %1636, i64 %1739
	%1772 = bitcast i16* %1771 to <8 x i16>*
	%1773 = load <8 x i16>, <8 x i16>* %1772, align 2
	%1774 = zext <8 x i16> %1773 to <8 x i32>
	%1775 = shl <8 x i32> %1774, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1776 = bitcast <8 x i32> %1775 to <8 x float>
	%1777 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1776, <8 x float> %1742, <8 x float> %1711)
	%1778 = getelementptr inbounds i16, i16* %1640, i64 %1739
	%1779 = bitcast i16* %1778 to <8 x i16>*
	%1780 = load <8 x i16>, <8 x i16>* %1779, align 2
	%1781 = zext <8 x i16> %1780 to <8 x i32>
	%1782 = shl <8 x i32> %1781, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1783 = bitcast <8 x i32> %1782 to <8 x float>
	%1784 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1783, <8 x float> %1742, <8 x float> %1720)
	%1785 = getelementptr inbounds i16, i16* %1644, i64 %1739
	%1786 = bitcast i16* %1785 to <8 x i16>*
	%1787 = load <8 x i16>, <8 x i16>* %1786, align 2
	%1788 = zext <8 x i16> %1787 to <8 x i32>
	%1789 = shl <8 x i32> %1788, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1790 = bitcast <8 x i32> %1789 to <8 x float>
	%1791 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1790, <8 x float> %1742, <8 x float> %1729)
	%1792 = getelementptr inbounds i16, i16* %1648, i64 %1739
	%1793 = bitcast i16* %1792 to <8 x i16>*
	%1794 = load <8 x i16>, <8 x i16>* %1793, align 2
	%1795 = zext <8 x i16> %1794 to <8 x i32>
	%1796 = shl <8 x i32> %1795, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1797 = bitcast <8 x i32> %1796 to <8 x float>
	%1798 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1797, <8 x float> %1742, <8 x float> %1738)
	%1799 = add i64 %1649, 16
	%1800 = getelementptr inbounds float, float* %7, i64 %1799
	%1801 = bitcast float* %1800 to <8 x float>*
	%1802 = load <8 x float>, <8 x float>* %1801, align 4
	%1803 = getelementptr inbounds i16, i16* %1620, i64 %1799
	%1804 = bitcast i16* %1803 to <8 x i16>*
	%1805 = load <8 x i16>, <8 x i16>* %1804, align 2
	%1806 = zext <8 x i16> %1805 to <8 x i32>
	%1807 = shl <8 x i32> %1806, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1808 = bitcast <8 x i32> %1807 to <8 x float>
	%1809 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1808, <8 x float> %1802, <8 x float> %1749)
	%1810 = getelementptr inbounds i16, i16* %1624, i64 %1799
	%1811 = bitcast i16* %1810 to <8 x i16>*
	%1812 = load <8 x i16>, <8 x i16>* %1811, align 2
	%1813 = zext <8 x i16> %1812 to <8 x i32>
	%1814 = shl <8 x i32> %1813, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1815 = bitcast <8 x i32> %1814 to <8 x float>
	%1816 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1815, <8 x float> %1802, <8 x float> %1756)
	%1817 = getelementptr inbounds i16, i16* %1628, i64 %1799
	%1818 = bitcast i16* %1817 to <8 x i16>*
	%1819 = load <8 x i16>, <8 x i16>* %1818, align 2
	%1820 = zext <8 x i16> %1819 to <8 x i32>
	%1821 = shl <8 x i32> %1820, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1822 = bitcast <8 x i32> %1821 to <8 x float>
	%1823 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1822, <8 x float> %1802, <8 x float> %1763)
	%1824 = getelementptr inbounds i16, i16* %1632, i64 %1799
	%1825 = bitcast i16* %1824 to <8 x i16>*
	%1826 = load <8 x i16>, <8 x i16>* %1825, align 2
	%1827 = zext <8 x i16> %1826 to <8 x i32>
	%1828 = shl <8 x i32> %1827, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1829 = bitcast <8 x i32> %1828 to <8 x float>
	%1830 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1829, <8 x float> %1802, <8 x float> %1770)
	%1831 = getelementptr inbounds i16, i16* %1636, i64 %1799
	%1832 = bitcast i16* %1831 to <8 x i16>*
	%1833 = load <8 x i16>, <8 x i16>* %1832, align 2
	%1834 = zext <8 x i16> %1833 to <8 x i32>
	%1835 = shl <8 x i32> %1834, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1836 = bitcast <8 x i32> %1835 to <8 x float>
	%1837 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1836, <8 x float> %1802, <8 x float> %1777)
	%1838 = getelementptr inbounds i16, i16* %1640, i64 %1799
	%1839 = bitcast i16* %1838 to <8 x i16>*
	%1840 = load <8 x i16>, <8 x i16>* %1839, align 2
	%1841 = zext <8 x i16> %1840 to <8 x i32>
	%1842 = shl <8 x i32> %1841, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1843 = bitcast <8 x i32> %1842 to <8 x float>
	%1844 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1843, <8 x float> %1802, <8 x float> %1784)
	%1845 = getelementptr inbounds i16, i16* %1644, i64 %1799
	%1846 = bitcast i16* %1845 to <8 x i16>*
	%1847 = load <8 x i16>, <8 x i16>* %1846, align 2
	%1848 = zext <8 x i16> %1847 to <8 x i32>
	%1849 = shl <8 x i32> %1848, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1850 = bitcast <8 x i32> %1849 to <8 x float>
	%1851 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1850, <8 x float> %1802, <8 x float> %1791)
	%1852 = getelementptr inbounds i16, i16* %1648, i64 %1799
	%1853 = bitcast i16* %1852 to <8 x i16>*
	%1854 = load <8 x i16>, <8 x i16>* %1853, align 2
	%1855 = zext <8 x i16> %1854 to <8 x i32>
	%1856 = shl <8 x i32> %1855, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1857 = bitcast <8 x i32> %1856 to <8 x float>
	%1858 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1857, <8 x float> %1802, <8 x float> %1798)
	%1859 = add i64 %1649, 24
	%1860 = getelementptr inbounds float, float* %7, i64 %1859
	%1861 = bitcast float* %1860 to <8 x float>*
	%1862 = load <8 x float>, <8 x float>* %1861, align 4
	%1863 = getelementptr inbounds i16, i16* %1620, i64 %1859
	%1864 = bitcast i16* %1863 to <8 x i16>*
	%1865 = load <8 x i16>, <8 x i16>* %1864, align 2
	%1866 = zext <8 x i16> %1865 to <8 x i32>
	%1867 = shl <8 x i32> %1866, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1868 = bitcast <8 x i32> %1867 to <8 x float>
	%1869 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1868, <8 x float> %1862, <8 x float> %1809)
	%1870 = getelementptr inbounds i16, i16* %1624, i64 %1859
	%1871 = bitcast i16* %1870 to <8 x i16>*
	%1872 = load <8 x i16>, <8 x i16>* %1871, align 2
	%1873 = zext <8 x i16> %1872 to <8 x i32>
	%1874 = shl <8 x i32> %1873, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1875 = bitcast <8 x i32> %1874 to <8 x float>
	%1876 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1875, <8 x float> %1862, <8 x float> %1816)
	%1877 = getelementptr inbounds i16, i16* %1628, i64 %1859
	%1878 = bitcast i16* %1877 to <8 x i16>*
	%1879 = load <8 x i16>, <8 x i16>* %1878, align 2
	%1880 = zext <8 x i16> %1879 to <8 x i32>
	%1881 = shl <8 x i32> %1880, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1882 = bitcast <8 x i32> %1881 to <8 x float>
	%1883 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1882, <8 x float> %1862, <8 x float> %1823)
	%1884 = getelementptr inbounds i16, i16* %1632, i64 %1859
	%1885 = bitcast i16* %1884 to <8 x i16>*
	%1886 = load <8 x i16>, <8 x i16>* %1885, align 2
	%1887 = zext <8 x i16> %1886 to <8 x i32>
	%1888 = shl <8 x i32> %1887, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1889 = bitcast <8 x i32> %1888 to <8 x float>
	%1890 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1889, <8 x float> %1862, <8 x float> %1830)
	%1891 = getelementptr inbounds i16, i16* %1636, i64 %1859
	%1892 = bitcast i16* %1891 to <8 x i16>*
	%1893 = load <8 x i16>, <8 x i16>* %1892, align 2
	%1894 = zext <8 x i16> %1893 to <8 x i32>
	%1895 = shl <8 x i32> %1894, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1896 = bitcast <8 x i32> %1895 to <8 x float>
	%1897 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1896, <8 x float> %1862, <8 x float> %1837)
	%1898 = getelementptr inbounds i16, i16* %1640, i64 %1859
	%1899 = bitcast i16* %1898 to <8 x i16>*
	%1900 = load <8 x i16>, <8 x i16>* %1899, align 2
	%1901 = zext <8 x i16> %1900 to <8 x i32>
	%1902 = shl <8 x i32> %1901, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1903 = bitcast <8 x i32> %1902 to <8 x float>
	%1904 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1903, <8 x float> %1862, <8 x float> %1844)
	%1905 = getelementptr inbounds i16, i16* %1644, i64 %1859
	%1906 = bitcast i16* %1905 to <8 x i16>*
	%1907 = load <8 x i16>, <8 x i16>* %1906, align 2
	%1908 = zext <8 x i16> %1907 to <8 x i32>
	%1909 = shl <8 x i32> %1908, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1910 = bitcast <8 x i32> %1909 to <8 x float>
	%1911 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1910, <8 x float> %1862, <8 x float> %1851)
	%1912 = getelementptr inbounds i16, i16* %1648, i64 %1859
	%1913 = bitcast i16* %1912 to <8 x i16>*
	%1914 = load <8 x i16>, <8 x i16>* %1913, align 2
	%1915 = zext <8 x i16> %1914 to <8 x i32>
	%1916 = shl <8 x i32> %1915, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1917 = bitcast <8 x i32> %1916 to <8 x float>
	%1918 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1917, <8 x float> %1862, <8 x float> %1858)
	%1919 = add i64 %1649, 32
	br label %loop56

done58:
	%1920 = getelementptr inbounds float, float* %7, i64 32
	%1921 = bitcast float* %1920 to <8 x float>*
	%1922 = load <8 x float>, <8 x float>* %1921, align 4
	%1923 = getelementptr inbounds i16, i16* %1620, i64 32
	%1924 = bitcast i16* %1923 to <8 x i16>*
	%1925 = load <8 x i16>, <8 x i16>* %1924, align 2
	%1926 = zext <8 x i16> %1925 to <8 x i32>
	%1927 = shl <8 x i32> %1926, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1928 = bitcast <8 x i32> %1927 to <8 x float>
	%1929 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1928, <8 x float> %1922, <8 x float> %1650)
	%1930 = getelementptr inbounds i16, i16* %1624, i64 32
	%1931 = bitcast i16* %1930 to <8 x i16>*
	%1932 = load <8 x i16>, <8 x i16>* %1931, align 2
	%1933 = zext <8 x i16> %1932 to <8 x i32>
	%1934 = shl <8 x i32> %1933, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1935 = bitcast <8 x i32> %1934 to <8 x float>
	%1936 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1935, <8 x float> %1922, <8 x float> %1651)
	%1937 = getelementptr inbounds i16, i16* %1628, i64 32
	%1938 = bitcast i16* %1937 to <8 x i16>*
	%1939 = load <8 x i16>, <8 x i16>* %1938, align 2
	%1940 = zext <8 x i16> %1939 to <8 x i32>
	%1941 = shl <8 x i32> %1940, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1942 = bitcast <8 x i32> %1941 to <8 x float>
	%1943 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1942, <8 x float> %1922, <8 x float> %1652)
	%1944 = getelementptr inbounds i16, i16* %1632, i64 32
	%1945 = bitcast i16* %1944 to <8 x i16>*
	%1946 = load <8 x i16>, <8 x i16>* %1945, align 2
	%1947 = zext <8 x i16> %1946 to <8 x i32>
	%1948 = shl <8 x i32> %1947, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1949 = bitcast <8 x i32> %1948 to <8 x float>
	%1950 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1949, <8 x float> %1922, <8 x float> %1653)
	%1951 = getelementptr inbounds i16, i16* %1636, i64 32
	%1952 = bitcast i16* %1951 to <8 x i16>*
	%1953 = load <8 x i16>, <8 x i16>* %1952, align 2
	%1954 = zext <8 x i16> %1953 to <8 x i32>
	%1955 = shl <8 x i32> %1954, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1956 = bitcast <8 x i32> %1955 to <8 x float>
	%1957 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1956, <8 x float> %1922, <8 x float> %1654)
	%1958 = getelementptr inbounds i16, i16* %1640, i64 32
	%1959 = bitcast i16* %1958 to <8 x i16>*
	%1960 = load <8 x i16>, <8 x i16>* %1959, align 2
	%1961 = zext <8 x i16> %1960 to <8 x i32>
	%1962 = shl <8 x i32> %1961, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1963 = bitcast <8 x i32> %1962 to <8 x float>
	%1964 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1963, <8 x float> %1922, <8 x float> %1655)
	%1965 = getelementptr inbounds i16, i16* %1644, i64 32
	%1966 = bitcast i16* %1965 to <8 x i16>*
	%1967 = load <8 x i16>, <8 x i16>* %1966, align 2
	%1968 = zext <8 x i16> %1967 to <8 x i32>
	%1969 = shl <8 x i32> %1968, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1970 = bitcast <8 x i32> %1969 to <8 x float>
	%1971 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1970, <8 x float> %1922, <8 x float> %1656)
	%1972 = getelementptr inbounds i16, i16* %1648, i64 32
	%1973 = bitcast i16* %1972 to <8 x i16>*
	%1974 = load <8 x i16>, <8 x i16>* %1973, align 2
	%1975 = zext <8 x i16> %1974 to <8 x i32>
	%1976 = shl <8 x i32> %1975, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1977 = bitcast <8 x i32> %1976 to <8 x float>
	%1978 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1977, <8 x float> %1922, <8 x float> %1657)
	%1979 = add i64 %1615, 0
	%1980 = shufflevector <8 x float> %1929, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1981 = shufflevector <8 x float> %1929, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1982 = fadd <4 x float> %1980, %1981
	%1983 = shufflevector <4 x float> %1982, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1984 = shufflevector <4 x float> %1982, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1985 = fadd <2 x float> %1983, %1984
	%1986 = shufflevector <2 x float> %1985, <2 x float> undef, <1 x i32> <i32 0>
	%1987 = shufflevector <2 x float> %1985, <2 x float> undef, <1 x i32> <i32 1>
	%1988 = fadd <1 x float> %1986, %1987
	%1989 = extractelement <1 x float> %1988, i64 0
	%1990 = getelementptr inbounds float, float* %13, i64 %1979
	%1991 = load float, float* %1990, align 4
	%1992 = fadd float %1989, %1991
	%1993 = getelementptr inbounds float, float* %4, i64 %1979
	store float %1992, float* %1993, align 4
	%1994 = add i64 %1615, 1
	%1995 = shufflevector <8 x float> %1936, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1996 = shufflevector <8 x float> %1936, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1997 = fadd <4 x float> %1995, %1996
	%1998 = shufflevector <4 x float> %1997, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1999 = shufflevector <4 x float> %1997, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2000 = fadd <2 x float> %1998, %1999
	%2001 = shufflevector <2 x float> %2000, <2 x float> undef, <1 x i32> <i32 0>
	%2002 = shufflevector <2 x float> %2000, <2 x float> undef, <1 x i32> <i32 1>
	%2003 = fadd <1 x float> %2001, %2002
	%2004 = extractelement <1 x float> %2003, i64 0
	%2005 = getelementptr inbounds float, float* %13, i64 %1994
	%2006 = load float, float* %2005, align 4
	%2007 = fadd float %2004, %2006
	%2008 = getelementptr inbounds float, float* %4, i64 %1994
	store float %2007, float* %2008, align 4
	%2009 = add i64 %1615, 2
	%2010 = shufflevector <8 x float> %1943, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2011 = shufflevector <8 x float> %1943, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2012 = fadd <4 x float> %2010, %2011
	%2013 = shufflevector <4 x float> %2012, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2014 = shufflevector <4 x float> %2012, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2015 = fadd <2 x float> %2013, %2014
	%2016 = shufflevector <2 x float> %2015, <2 x float> undef, <1 x i32> <i32 0>
	%2017 = shufflevector <2 x float> %2015, <2 x float> undef, <1 x i32> <i32 1>
	%2018 = fadd <1 x float> %2016, %2017
	%2019 = extractelement <1 x float> %2018, i64 0
	%2020 = getelementptr inbounds float, float* %13, i64 %2009
	%2021 = load float, float* %2020, align 4
	%2022 = fadd float %2019, %2021
	%2023 = getelementptr inbounds float, float* %4, i64 %2009
	store float %2022, float* %2023, align 4
	%2024 = add i64 %1615, 3
	%2025 = shufflevector <8 x float> %1950, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2026 = shufflevector <8 x float> %1950, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2027 = fadd <4 x float> %2025, %2026
	%2028 = shufflevector <4 x float> %2027, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2029 = shufflevector <4 x float> %2027, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2030 = fadd <2 x float> %2028, %2029
	%2031 = shufflevector <2 x float> %2030, <2 x float> undef, <1 x i32> <i32 0>
	%2032 = shufflevector <2 x float> %2030, <2 x float> undef, <1 x i32> <i32 1>
	%2033 = fadd <1 x float> %2031, %2032
	%2034 = extractelement <1 x float> %2033, i64 0
	%2035 = getelementptr inbounds float, float* %13, i64 %2024
	%2036 = load float, float* %2035, align 4
	%2037 = fadd float %2034, %2036
	%2038 = getelementptr inbounds float, float* %4, i64 %2024
	store float %2037, float* %2038, align 4
	%2039 = add i64 %1615, 4
	%2040 = shufflevector <8 x float> %1957, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2041 = shufflevector <8 x float> %1957, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2042 = fadd <4 x float> %2040, %2041
	%2043 = shufflevector <4 x float> %2042, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2044 = shufflevector <4 x float> %2042, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2045 = fadd <2 x float> %2043, %2044
	%2046 = shufflevector <2 x float> %2045, <2 x float> undef, <1 x i32> <i32 0>
	%2047 = shufflevector <2 x float> %2045, <2 x float> undef, <1 x i32> <i32 1>
	%2048 = fadd <1 x float> %2046, %2047
	%2049 = extractelement <1 x float> %2048, i64 0
	%2050 = getelementptr inbounds float, float* %13, i64 %2039
	%2051 = load float, float* %2050, align 4
	%2052 = fadd float %2049, %2051
	%2053 = getelementptr inbounds float, float* %4, i64 %2039
	store float %2052, float* %2053, align 4
	%2054 = add i64 %1615, 5
	%2055 = shufflevector <8 x float> %1964, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2056 = shufflevector <8 x float> %1964, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2057 = fadd <4 x float> %2055, %2056
	%2058 = shufflevector <4 x float> %2057, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2059 = shufflevector <4 x float> %2057, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2060 = fadd <2 x float> %2058, %2059
	%2061 = shufflevector <2 x float> %2060, <2 x float> undef, <1 x i32> <i32 0>
	%2062 = shufflevector <2 x float> %2060, <2 x float> undef, <1 x i32> <i32 1>
	%2063 = fadd <1 x float> %2061, %2062
	%2064 = extractelement <1 x float> %2063, i64 0
	%2065 = getelementptr inbounds float, float* %13, i64 %2054
	%2066 = load float, float* %2065, align 4
	%2067 = fadd float %2064, %2066
	%2068 = getelementptr inbounds float, float* %4, i64 %2054
	store float %2067, float* %2068, align 4
	%2069 = add i64 %1615, 6
	%2070 = shufflevector <8 x float> %1971, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2071 = shufflevector <8 x float> %1971, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2072 = fadd <4 x float> %2070, %2071
	%2073 = shufflevector <4 x float> %2072, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2074 = shufflevector <4 x float> %2072, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2075 = fadd <2 x float> %2073, %2074
	%2076 = shufflevector <2 x float> %2075, <2 x float> undef, <1 x i32> <i32 0>
	%2077 = shufflevector <2 x float> %2075, <2 x float> undef, <1 x i32> <i32 1>
	%2078 = fadd <1 x float> %2076, %2077
	%2079 = extractelement <1 x float> %2078, i64 0
	%2080 = getelementptr inbounds float, float* %13, i64 %2069
	%2081 = load float, float* %2080, align 4
	%2082 = fadd float %2079, %2081
	%2083 = getelementptr inbounds float, float* %4, i64 %2069
	store float %2082, float* %2083, align 4
	%2084 = add i64 %1615, 7
	%2085 = shufflevector <8 x float> %1978, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2086 = shufflevector <8 x float> %1978, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2087 = fadd <4 x float> %2085, %2086
	%2088 = shufflevector <4 x float> %2087, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2089 = shufflevector <4 x float> %2087, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2090 = fadd <2 x float> %2088, %2089
	%2091 = shufflevector <2 x float> %2090, <2 x float> undef, <1 x i32> <i32 0>
	%2092 = shufflevector <2 x float> %2090, <2 x float> undef, <1 x i32> <i32 1>
	%2093 = fadd <1 x float> %2091, %2092
	%2094 = extractelement <1 x float> %2093, i64 0
	%2095 = getelementptr inbounds float, float* %13, i64 %2084
	%2096 = load float, float* %2095, align 4
	%2097 = fadd float %2094, %2096
	%2098 = getelementptr inbounds float, float* %4, i64 %2084
	store float %2097, float* %2098, align 4
	%2099 = add i64 %1615, 8
	br label %loop54

done59:
	br label %loop60

loop60:
	%2100 = phi i64 [ %1612, %done59 ], [ %2182, %done64 ]
	%2101 = icmp slt i64 %2100, %20
	br i1 %2101, label %body61, label %done65

body61:
	%2102 = add i64 %2100, 0
	%2103 = sub i64 %2102, 0
	%2104 = mul i64 %2103, 40
	%2105 = getelementptr inbounds i16, i16* %10, i64 %2104
	br label %loop62

loop62:
	%2106 = phi i64 [ 0, %body61 ], [ %2156, %body63 ]
	%2107 = phi <8 x float> [ zeroinitializer, %body61 ], [ %2155, %body63 ]
	%2108 = icmp slt i64 %2106, 32
	br i1 %2108, label %body63, label %done64

body63:
	%2109 = add i64 %2106, 0
	%2110 = getelementptr inbounds float, float* %7, i64 %2109
	%2111 = bitcast float* %2110 to <8 x float>*
	%2112 = load <8 x float>, <8 x float>* %2111, align 4
	%2113 = add i64 %2109, 256
	%2114 = getelementptr i16, i16* %2105, i64 %2113
	%2115 = bitcast i16* %2114 to i8*
	call void @llvm.prefetch.p0i8(i8* %2115, i32 0, i32 3, i32 1)
	%2116 = getelementptr inbounds i16, i16* %2105, i64 %2109
	%2117 = bitcast i16* %2116 to <8 x i16>*
	%2118 = load <8 x i16>, <8 x i16>* %2117, align 2
	%2119 = zext <8 x i16> %2118 to <8 x i32>
	%2120 = shl <8 x i32> %2119, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2121 = bitcast <8 x i32> %2120 to <8 x float>
	%2122 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2121, <8 x float> %2112, <8 x float> %2107)
	%2123 = add i64 %2106, 8
	%2124 = getelementptr inbounds float, float* %7, i64 %2123
	%2125 = bitcast float* %2124 to <8 x float>*
	%2126 = load <8 x float>, <8 x float>* %2125, align 4
	%2127 = getelementptr inbounds i16, i16* %2105, i64 %2123
	%2128 = bitcast i16* %2127 to <8 x i16>*
	%2129 = load <8 x i16>, <8 x i16>* %2128, align 2
	%2130 = zext <8 x i16> %2129 to <8 x i32>
	%2131 = shl <8 x i32> %2130, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2132 = bitcast <8 x i32> %2131 to <8 x float>
	%2133 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2132, <8 x float> %2126, <8 x float> %2122)
	%2134 = add i64 %2106, 16
	%2135 = getelementptr inbounds float, float* %7, i64 %2134
	%2136 = bitcast float* %2135 to <8 x float>*
	%2137 = load <8 x float>, <8 x float>* %2136, align 4
	%2138 = getelementptr inbounds i16, i16* %2105, i64 %2134
	%2139 = bitcast i16* %2138 to <8 x i16>*
	%2140 = load <8 x i16>, <8 x i16>* %2139, align 2
	%2141 = zext <8 x i16> %2140 to <8 x i32>
	%2142 = shl <8 x i32> %2141, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2143 = bitcast <8 x i32> %2142 to <8 x float>
	%2144 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2143, <8 x float> %2137, <8 x float> %2133)
	%2145 = add i64 %2106, 24
	%2146 = getelementptr inbounds float, float* %7, i64 %2145
	%2147 = bitcast float* %2146 to <8 x float>*
	%2148 = load <8 x float>, <8 x float>* %2147, align 4
	%2149 = getelementptr inbounds i16, i16* %2105, i64 %2145
	%2150 = bitcast i16* %2149 to <8 x i16>*
	%2151 = load <8 x i16>, <8 x i16>* %2150, align 2
	%2152 = zext <8 x i16> %2151 to <8 x i32>
	%2153 = shl <8 x i32> %2152, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2154 = bitcast <8 x i32> %2153 to <8 x float>
	%2155 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2154, <8 x float> %2148, <8 x float> %2144)
	%2156 = add i64 %2106, 32
	br label %loop62

done64:
	%2157 = getelementptr inbounds float, float* %7, i64 32
	%2158 = bitcast float* %2157 to <8 x float>*
	%2159 = load <8 x float>, <8 x float>* %2158, align 4
	%2160 = getelementptr inbounds i16, i16* %2105, i64 32
	%2161 = bitcast i16* %2160 to <8 x i16>*
	%2162 = load <8 x i16>, <8 x i16>* %2161, align 2
	%2163 = zext <8 x i16> %2162 to <8 x i32>
	%2164 = shl <8 x i32> %2163, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2165 = bitcast <8 x i32> %2164 to <8 x float>
	%2166 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2165, <8 x float> %2159, <8 x float> %2107)
	%2167 = add i64 %2100, 0
	%2168 = shufflevector <8 x float> %2166, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2169 = shufflevector <8 x float> %2166, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2170 = fadd <4 x float> %2168, %2169
	%2171 = shufflevector <4 x float> %2170, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2172 = shufflevector <4 x float> %2170, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2173 = fadd <2 x float> %2171, %2172
	%2174 = shufflevector <2 x float> %2173, <2 x float> undef, <1 x i32> <i32 0>
	%2175 = shufflevector <2 x float> %2173, <2 x float> undef, <1 x i32> <i32 1>
	%2176 = fadd <1 x float> %2174, %2175
	%2177 = extractelement <1 x float> %2176, i64 0
	%2178 = getelementptr inbounds float, float* %13, i64 %2167
	%2179 = load float, float* %2178, align 4
	%2180 = fadd float %2177, %2179
	%2181 = getelementptr inbounds float, float* %4, i64 %2167
	store float %2180, float* %2181, align 4
	%2182 = add i64 %2100, 1
	br label %loop60

done65:
	br label %join52

loop66:
	%2183 = phi i64 [ %17, %else53 ], [ %2444, %done79 ]
	%2184 = icmp slt i64 %2183, %20
	br i1 %2184, label %body67, label %done80

body67:
	br label %loop68

loop68:
	%2185 = phi i64 [ 0, %body67 ], [ %2353, %done72 ]
	%2186 = icmp slt i64 %2185, %1614
	br i1 %2186, label %body69, label %done73

body69:
	%2187 = add i64 %2185, 0
	%2188 = mul i64 %2187, 40
	%2189 = getelementptr inbounds float, float* %7, i64 %2188
	%2190 = add i64 %2185, 1
	%2191 = mul i64 %2190, 40
	%2192 = getelementptr inbounds float, float* %7, i64 %2191
	%2193 = add i64 %2185, 2
	%2194 = mul i64 %2193, 40
	%2195 = getelementptr inbounds float, float* %7, i64 %2194
	%2196 = add i64 %2185, 3
	%2197 = mul i64 %2196, 40
	%2198 = getelementptr inbounds float, float* %7, i64 %2197
	%2199 = sub i64 %2183, 0
	%2200 = mul i64 %2199, 40
	%2201 = getelementptr inbounds i16, i16* %10, i64 %2200
	br label %loop70

loop70:
	%2202 = phi i64 [ 0, %body69 ], [ %2258, %body71 ]
	%2203 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2222, %body71 ]
	%2204 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2245, %body71 ]
	%2205 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2226, %body71 ]
	%2206 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2249, %body71 ]
	%2207 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2230, %body71 ]
	%2208 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2253, %body71 ]
	%2209 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2234, %body71 ]
	%2210 = phi <8 x float> [ zeroinitializer, %body69 ], [ %2257, %body71 ]
	%2211 = icmp slt i64 %2202, 32
	br i1 %2211, label %body71, label %done72

body71:
	%2212 = add i64 %2202, 0
	%2213 = getelementptr inbounds i16, i16* %2201, i64 %2212
	%2214 = bitcast i16* %2213 to <8 x i16>*
	%2215 = load <8 x i16>, <8 x i16>* %2214, align 2
	%2216 = zext <8 x i16> %2215 to <8 x i32>
	%2217 = shl <8 x i32> %2216, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2218 = bitcast <8 x i32> %2217 to <8 x float>
	%2219 = getelementptr inbounds float, float* %2189, i64 %2212
	%2220 = bitcast float* %2219 to <8 x float>*
	%2221 = load <8 x float>, <8 x float>* %2220, align 4
	%2222 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2221, <8 x float> %2218, <8 x float> %2203)
	%2223 = getelementptr inbounds float, float* %2192, i64 %2212
	%2224 = bitcast float* %2223 to <8 x float>*
	%2225 = load <8 x float>, <8 x float>* %2224, align 4
	%2226 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2225, <8 x float> %2218, <8 x float> %2205)
	%2227 = getelementptr inbounds float, float* %2195, i64 %2212
	%2228 = bitcast float* %2227 to <8 x float>*
	%2229 = load <8 x float>, <8 x float>* %2228, align 4
	%2230 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2229, <8 x float> %2218, <8 x float> %2207)
	%2231 = getelementptr inbounds float, float* %2198, i64 %2212
	%2232 = bitcast float* %2231 to <8 x float>*
	%2233 = load <8 x float>, <8 x float>* %2232, align 4
	%2234 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2233, <8 x float> %2218, <8 x float> %2209)
	%2235 = add i64 %2202, 8
	%2236 = getelementptr inbounds i16, i16* %2201, i64 %2235
	%2237 = bitcast i16* %2236 to <8 x i16>*
	%2238 = load <8 x i16>, <8 x i16>* %2237, align 2
	%2239 = zext <8 x i16> %2238 to <8 x i32>
	%2240 = shl <8 x i32> %2239, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2241 = bitcast <8 x i32> %2240 to <8 x float>
	%2242 = getelementptr inbounds float, float* %2189, i64 %2235
	%2243 = bitcast float* %2242 to <8 x float>*
	%2244 = load <8 x float>, <8 x float>* %2243, align 4
	%2245 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2244, <8 x float> %2241, <8 x float> %2204)
	%2246 = getelementptr inbounds float, float* %2192, i64 %2235
	%2247 = bitcast float* %2246 to <8 x float>*
	%2248 = load <8 x float>, <8 x float>* %2247, align 4
	%2249 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2248, <8 x float> %2241, <8 x float> %2206)
	%2250 = getelementptr inbounds float, float* %2195, i64 %2235
	%2251 = bitcast float* %2250 to <8 x float>*
	%2252 = load <8 x float>, <8 x float>* %2251, align 4
	%2253 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2252, <8 x float> %2241, <8 x float> %2208)
	%2254 = getelementptr inbounds float, float* %2198, i64 %2235
	%2255 = bitcast float* %2254 to <8 x float>*
	%2256 = load <8 x float>, <8 x float>* %2255, align 4
	%2257 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2256, <8 x float> %2241, <8 x float> %2210)
	%2258 = add i64 %2202, 16
	br label %loop70

done72:
	%2259 = getelementptr inbounds i16, i16* %2201, i64 32
	%2260 = bitcast i16* %2259 to <8 x i16>*
	%2261 = load <8 x i16>, <8 x i16>* %2260, align 2
	%2262 = zext <8 x i16> %2261 to <8 x i32>
	%2263 = shl <8 x i32> %2262, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2264 = bitcast <8 x i32> %2263 to <8 x float>
	%2265 = getelementptr inbounds float, float* %2189, i64 32
	%2266 = bitcast float* %2265 to <8 x float>*
	%2267 = load <8 x float>, <8 x float>* %2266, align 4
	%2268 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2267, <8 x float> %2264, <8 x float> %2203)
	%2269 = getelementptr inbounds float, float* %2192, i64 32
	%2270 = bitcast float* %2269 to <8 x float>*
	%2271 = load <8 x float>, <8 x float>* %2270, align 4
	%2272 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2271, <8 x float> %2264, <8 x float> %2205)
	%2273 = getelementptr inbounds float, float* %2195, i64 32
	%2274 = bitcast float* %2273 to <8 x float>*
	%2275 = load <8 x float>, <8 x float>* %2274, align 4
	%2276 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2275, <8 x float> %2264, <8 x float> %2207)
	%2277 = getelementptr inbounds float, float* %2198, i64 32
	%2278 = bitcast float* %2277 to <8 x float>*
	%2279 = load <8 x float>, <8 x float>* %2278, align 4
	%2280 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2279, <8 x float> %2264, <8 x float> %2209)
	%2281 = fadd <8 x float> %2268, %2204
	%2282 = add i64 %2185, 0
	%2283 = mul i64 %2282, 24
	%2284 = add i64 %2283, %2183
	%2285 = shufflevector <8 x float> %2281, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2286 = shufflevector <8 x float> %2281, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2287 = fadd <4 x float> %2285, %2286
	%2288 = shufflevector <4 x float> %2287, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2289 = shufflevector <4 x float> %2287, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2290 = fadd <2 x float> %2288, %2289
	%2291 = shufflevector <2 x float> %2290, <2 x float> undef, <1 x i32> <i32 0>
	%2292 = shufflevector <2 x float> %2290, <2 x float> undef, <1 x i32> <i32 1>
	%2293 = fadd <1 x float> %2291, %2292
	%2294 = extractelement <1 x float> %2293, i64 0
	%2295 = getelementptr inbounds float, float* %13, i64 %2284
	%2296 = load float, float* %2295, align 4
	%2297 = fadd float %2294, %2296
	%2298 = getelementptr inbounds float, float* %4, i64 %2284
	store float %2297, float* %2298, align 4
	%2299 = fadd <8 x float> %2272, %2206
	%2300 = add i64 %2185, 1
	%2301 = mul i64 %2300, 24
	%2302 = add i64 %2301, %2183
	%2303 = shufflevector <8 x float> %2299, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2304 = shufflevector <8 x float> %2299, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2305 = fadd <4 x float> %2303, %2304
	%2306 = shufflevector <4 x float> %2305, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2307 = shufflevector <4 x float> %2305, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2308 = fadd <2 x float> %2306, %2307
	%2309 = shufflevector <2 x float> %2308, <2 x float> undef, <1 x i32> <i32 0>
	%2310 = shufflevector <2 x float> %2308, <2 x float> undef, <1 x i32> <i32 1>
	%2311 = fadd <1 x float> %2309, %2310
	%2312 = extractelement <1 x float> %2311, i64 0
	%2313 = getelementptr inbounds float, float* %13, i64 %2302
	%2314 = load float, float* %2313, align 4
	%2315 = fadd float %2312, %2314
	%2316 = getelementptr inbounds float, float* %4, i64 %2302
	store float %2315, float* %2316, align 4
	%2317 = fadd <8 x float> %2276, %2208
	%2318 = add i64 %2185, 2
	%2319 = mul i64 %2318, 24
	%2320 = add i64 %2319, %2183
	%2321 = shufflevector <8 x float> %2317, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2322 = shufflevector <8 x float> %2317, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2323 = fadd <4 x float> %2321, %2322
	%2324 = shufflevector <4 x float> %2323, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2325 = shufflevector <4 x float> %2323, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2326 = fadd <2 x float> %2324, %2325
	%2327 = shufflevector <2 x float> %2326, <2 x float> undef, <1 x i32> <i32 0>
	%2328 = shufflevector <2 x float> %2326, <2 x float> undef, <1 x i32> <i32 1>
	%2329 = fadd <1 x float> %2327, %2328
	%2330 = extractelement <1 x float> %2329, i64 0
	%2331 = getelementptr inbounds float, float* %13, i64 %2320
	%2332 = load float, float* %2331, align 4
	%2333 = fadd float %2330, %2332
	%2334 = getelementptr inbounds float, float* %4, i64 %2320
	store float %2333, float* %2334, align 4
	%2335 = fadd <8 x float> %2280, %2210
	%2336 = add i64 %2185, 3
	%2337 = mul i64 %2336, 24
	%2338 = add i64 %2337, %2183
	%2339 = shufflevector <8 x float> %2335, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2340 = shufflevector <8 x float> %2335, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2341 = fadd <4 x float> %2339, %2340
	%2342 = shufflevector <4 x float> %2341, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2343 = shufflevector <4 x float> %2341, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2344 = fadd <2 x float> %2342, %2343
	%2345 = shufflevector <2 x float> %2344, <2 x float> undef, <1 x i32> <i32 0>
	%2346 = shufflevector <2 x float> %2344, <2 x float> undef, <1 x i32> <i32 1>
	%2347 = fadd <1 x float> %2345, %2346
	%2348 = extractelement <1 x float> %2347, i64 0
	%2349 = getelementptr inbounds float, float* %13, i64 %2338
	%2350 = load float, float* %2349, align 4
	%2351 = fadd float %2348, %2350
	%2352 = getelementptr inbounds float, float* %4, i64 %2338
	store float %2351, float* %2352, align 4
	%2353 = add i64 %2185, 4
	br label %loop68

done73:
	br label %loop74

loop74:
	%2354 = phi i64 [ %1614, %done73 ], [ %2443, %done78 ]
	%2355 = icmp slt i64 %2354, %15
	br i1 %2355, label %body75, label %done79

body75:
	%2356 = add i64 %2354, 0
	%2357 = mul i64 %2356, 40
	%2358 = getelementptr inbounds float, float* %7, i64 %2357
	%2359 = sub i64 %2183, 0
	%2360 = mul i64 %2359, 40
	%2361 = getelementptr inbounds i16, i16* %10, i64 %2360
	br label %loop76

loop76:
	%2362 = phi i64 [ 0, %body75 ], [ %2412, %body77 ]
	%2363 = phi <8 x float> [ zeroinitializer, %body75 ], [ %2378, %body77 ]
	%2364 = phi <8 x float> [ zeroinitializer, %body75 ], [ %2389, %body77 ]
	%2365 = phi <8 x float> [ zeroinitializer, %body75 ], [ %2400, %body77 ]
	%2366 = phi <8 x float> [ zeroinitializer, %body75 ], [ %2411, %body77 ]
	%2367 = icmp slt i64 %2362, 32
	br i1 %2367, label %body77, label %done78

body77:
	%2368 = add i64 %2362, 0
	%2369 = getelementptr inbounds i16, i16* %2361, i64 %2368
	%2370 = bitcast i16* %2369 to <8 x i16>*
	%2371 = load <8 x i16>, <8 x i16>* %2370, align 2
	%2372 = zext <8 x i16> %2371 to <8 x i32>
	%2373 = shl <8 x i32> %2372, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2374 = bitcast <8 x i32> %2373 to <8 x float>
	%2375 = getelementptr inbounds float, float* %2358, i64 %2368
	%2376 = bitcast float* %2375 to <8 x float>*
	%2377 = load <8 x float>, <8 x float>* %2376, align 4
	%2378 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2377, <8 x float> %2374, <8 x float> %2363)
	%2379 = add i64 %2362, 8
	%2380 = getelementptr inbounds i16, i16* %2361, i64 %2379
	%2381 = bitcast i16* %2380 to <8 x i16>*
	%2382 = load <8 x i16>, <8 x i16>* %2381, align 2
	%2383 = zext <8 x i16> %2382 to <8 x i32>
	%2384 = shl <8 x i32> %2383, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2385 = bitcast <8 x i32> %2384 to <8 x float>
	%2386 = getelementptr inbounds float, float* %2358, i64 %2379
	%2387 = bitcast float* %2386 to <8 x float>*
	%2388 = load <8 x float>, <8 x float>* %2387, align 4
	%2389 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2388, <8 x float> %2385, <8 x float> %2364)
	%2390 = add i64 %2362, 16
	%2391 = getelementptr inbounds i16, i16* %2361, i64 %2390
	%2392 = bitcast i16* %2391 to <8 x i16>*
	%2393 = load <8 x i16>, <8 x i16>* %2392, align 2
	%2394 = zext <8 x i16> %2393 to <8 x i32>
	%2395 = shl <8 x i32> %2394, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2396 = bitcast <8 x i32> %2395 to <8 x float>
	%2397 = getelementptr inbounds float, float* %2358, i64 %2390
	%2398 = bitcast float* %2397 to <8 x float>*
	%2399 = load <8 x float>, <8 x float>* %2398, align 4
	%2400 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2399, <8 x float> %2396, <8 x float> %2365)
	%2401 = add i64 %2362, 24
	%2402 = getelementptr inbounds i16, i16* %2361, i64 %2401
	%2403 = bitcast i16* %2402 to <8 x i16>*
	%2404 = load <8 x i16>, <8 x i16>* %2403, align 2
	%2405 = zext <8 x i16> %2404 to <8 x i32>
	%2406 = shl <8 x i32> %2405, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2407 = bitcast <8 x i32> %2406 to <8 x float>
	%2408 = getelementptr inbounds float, float* %2358, i64 %2401
	%2409 = bitcast float* %2408 to <8 x float>*
	%2410 = load <8 x float>, <8 x float>* %2409, align 4
	%2411 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2410, <8 x float> %2407, <8 x float> %2366)
	%2412 = add i64 %2362, 32
	br label %loop76

done78:
	%2413 = getelementptr inbounds i16, i16* %2361, i64 32
	%2414 = bitcast i16* %2413 to <8 x i16>*
	%2415 = load <8 x i16>, <8 x i16>* %2414, align 2
	%2416 = zext <8 x i16> %2415 to <8 x i32>
	%2417 = shl <8 x i32> %2416, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%2418 = bitcast <8 x i32> %2417 to <8 x float>
	%2419 = getelementptr inbounds float, float* %2358, i64 32
	%2420 = bitcast float* %2419 to <8 x float>*
	%2421 = load <8 x float>, <8 x float>* %2420, align 4
	%2422 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %2421, <8 x float> %2418, <8 x float> %2363)
	%2423 = fadd <8 x float> %2422, %2364
	%2424 = fadd <8 x float> %2423, %2365
	%2425 = fadd <8 x float> %2424, %2366
	%2426 = add i64 %2354, 0
	%2427 = mul i64 %2426, 24
	%2428 = add i64 %2427, %2183
	%2429 = shufflevector <8 x float> %2425, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%2430 = shufflevector <8 x float> %2425, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%2431 = fadd <4 x float> %2429, %2430
	%2432 = shufflevector <4 x float> %2431, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%2433 = shufflevector <4 x float> %2431, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%2434 = fadd <2 x float> %2432, %2433
	%2435 = shufflevector <2 x float> %2434, <2 x float> undef, <1 x i32> <i32 0>
	%2436 = shufflevector <2 x float> %2434, <2 x float> undef, <1 x i32> <i32 1>
	%2437 = fadd <1 x float> %2435, %2436
	%2438 = extractelement <1 x float> %2437, i64 0
	%2439 = getelementptr inbounds float, float* %13, i64 %2428
	%2440 = load float, float* %2439, align 4
	%2441 = fadd float %2438, %2440
	%2442 = getelementptr inbounds float, float* %4, i64 %2428
	store float %2441, float* %2442, align 4
	%2443 = add i64 %2354, 1
	br label %loop74

done79:
	%2444 = add i64 %2183, 1
	br label %loop66

done80:
	br label %join52

join52:
	br label %join4

join4:
	br label %join2

join2:
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
	%0 = alloca [132096 x float], align 64
	%1 = alloca [4096 x float], align 64
	%2 = getelementptr inbounds i8*, i8** %bufs, i64 0
	%3 = load i8*, i8** %2, align 8
	%4 = bitcast i8* %3 to float*
	%5 = getelementptr inbounds i8*, i8** %bufs, i64 1
	%6 = load i8*, i8** %5, align 8
	%7 = bitcast i8* %6 to float*
	%8 = getelementptr inbounds i8*, i8** %bufs, i64 2
	%9 = load i8*, i8** %8, align 8
	%10 = bitcast i8* %9 to i16*
	%11 = getelementptr inbounds i64, i64* %ints, i64 0
	%12 = load i64, i64* %11, align 8
	%13 = icmp sgt i64 %begin, 0
	%14 = select i1 %13, i64 %begin, i64 0
	%15 = add i64 0, 32
	%16 = icmp slt i64 %end, %15
	%17 = select i1 %16, i64 %end, i64 %15
	%18 = icmp slt i64 %14, %17
	br i1 %18, label %then1, label %join2

then1:
	%19 = icmp sge i64 %12, 6
	br i1 %19, label %then3, label %else5

then3:
	%20 = getelementptr inbounds [4096 x float], [4096 x float]* %1, i64 0, i64 0
	%21 = getelementptr inbounds [132096 x float], [132096 x float]* %0, i64 0, i64 0
	%22 = add i64 %12, 515
	%23 = sdiv i64 %22, 516
	%24 = sub i64 %23, 1
	%25 = add i64 %12, %24
	%26 = sdiv i64 %25, %23
	%27 = add i64 %26, 5
	%28 = sdiv i64 %27, 6
	%29 = mul i64 %28, 6
	br label %loop6

else5:
	%30 = icmp eq i64 %12, 1
	br i1 %30, label %then51, label %else53

loop6:
	%31 = phi i64 [ 0, %then3 ], [ %1317, %done49 ]
	%32 = icmp slt i64 %31, %23
	br i1 %32, label %body7, label %done50

body7:
	%33 = mul i64 %31, %29
	%34 = add i64 %33, %29
	%35 = icmp slt i64 %34, %12
	%36 = select i1 %35, i64 %34, i64 %12
	%37 = sub i64 %36, %33
	%38 = add i64 %37, 5
	%39 = sdiv i64 %38, 6
	br label %loop8

loop8:
	%40 = phi i64 [ 0, %body7 ], [ %166, %done12 ]
	%41 = icmp slt i64 %40, %39
	br i1 %41, label %body9, label %done13

body9:
	%42 = mul i64 %40, 6
	%43 = add i64 %33, %42
	%44 = sub i64 %36, %43
	%45 = icmp slt i64 0, %44
	%46 = add i64 %43, 0
	%47 = select i1 %45, i64 %46, i64 %43
	%48 = mul i64 %47, 24
	%49 = add i64 %48, 0
	%50 = getelementptr inbounds float, float* %7, i64 %49
	%51 = icmp slt i64 1, %44
	%52 = add i64 %43, 1
	%53 = select i1 %51, i64 %52, i64 %43
	%54 = mul i64 %53, 24
	%55 = add i64 %54, 0
	%56 = getelementptr inbounds float, float* %7, i64 %55
	%57 = icmp slt i64 2, %44
	%58 = add i64 %43, 2
	%59 = select i1 %57, i64 %58, i64 %43
	%60 = mul i64 %59, 24
	%61 = add i64 %60, 0
	%62 = getelementptr inbounds float, float* %7, i64 %61
	%63 = icmp slt i64 3, %44
	%64 = add i64 %43, 3
	%65 = select i1 %63, i64 %64, i64 %43
	%66 = mul i64 %65, 24
	%67 = add i64 %66, 0
	%68 = getelementptr inbounds float, float* %7, i64 %67
	%69 = icmp slt i64 4, %44
	%70 = add i64 %43, 4
	%71 = select i1 %69, i64 %70, i64 %43
	%72 = mul i64 %71, 24
	%73 = add i64 %72, 0
	%74 = getelementptr inbounds float, float* %7, i64 %73
	%75 = icmp slt i64 5, %44
	%76 = add i64 %43, 5
	%77 = select i1 %75, i64 %76, i64 %43
	%78 = mul i64 %77, 24
	%79 = add i64 %78, 0
	%80 = getelementptr inbounds float, float* %7, i64 %79
	%81 = mul i64 %40, 1536
	%82 = getelementptr inbounds float, float* %21, i64 %81
	br label %loop10

loop10:
	%83 = phi i64 [ 0, %body9 ], [ %165, %body11 ]
	%84 = icmp slt i64 %83, 24
	br i1 %84, label %body11, label %done12

body11:
	%85 = getelementptr inbounds float, float* %50, i64 %83
	%86 = bitcast float* %85 to <8 x float>*
	%87 = load <8 x float>, <8 x float>* %86, align 4
	%88 = select i1 %45, <8 x float> %87, <8 x float> zeroinitializer
	%89 = getelementptr inbounds float, float* %56, i64 %83
	%90 = bitcast float* %89 to <8 x float>*
	%91 = load <8 x float>, <8 x float>* %90, align 4
	%92 = select i1 %51, <8 x float> %91, <8 x float> zeroinitializer
	%93 = getelementptr inbounds float, float* %62, i64 %83
	%94 = bitcast float* %93 to <8 x float>*
	%95 = load <8 x float>, <8 x float>* %94, align 4
	%96 = select i1 %57, <8 x float> %95, <8 x float> zeroinitializer
	%97 = getelementptr inbounds float, float* %68, i64 %83
	%98 = bitcast float* %97 to <8 x float>*
	%99 = load <8 x float>, <8 x float>* %98, align 4
	%100 = select i1 %63, <8 x float> %99, <8 x float> zeroinitializer
	%101 = getelementptr inbounds float, float* %74, i64 %83
	%102 = bitcast float* %101 to <8 x float>*
	%103 = load <8 x float>, <8 x float>* %102, align 4
	%104 = select i1 %69, <8 x float> %103, <8 x float> zeroinitializer
	%105 = getelementptr inbounds float, float* %80, i64 %83
	%106 = bitcast float* %105 to <8 x float>*
	%107 = load <8 x float>, <8 x float>* %106, align 4
	%108 = select i1 %75, <8 x float> %107, <8 x float> zeroinitializer
	%109 = shufflevector <8 x float> %88, <8 x float> %104, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%110 = shufflevector <8 x float> %88, <8 x float> %104, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%111 = shufflevector <8 x float> %92, <8 x float> %108, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%112 = shufflevector <8 x float> %92, <8 x float> %108, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%113 = shufflevector <8 x float> %96, <8 x float> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%114 = shufflevector <8 x float> %96, <8 x float> zeroinitializer, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%115 = shufflevector <8 x float> %100, <8 x float> zeroinitializer, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%116 = shufflevector <8 x float> %100, <8 x float> zeroinitializer, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%117 = shufflevector <8 x float> %109, <8 x float> %113, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%118 = shufflevector <8 x float> %109, <8 x float> %113, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%119 = shufflevector <8 x float> %111, <8 x float> %115, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%120 = shufflevector <8 x float> %111, <8 x float> %115, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%121 = shufflevector <8 x float> %110, <8 x float> %114, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%122 = shufflevector <8 x float> %110, <8 x float> %114, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%123 = shufflevector <8 x float> %112, <8 x float> %116, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%124 = shufflevector <8 x float> %112, <8 x float> %116, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%125 = shufflevector <8 x float> %117, <8 x float> %119, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%126 = shufflevector <8 x float> %117, <8 x float> %119, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%127 = shufflevector <8 x float> %118, <8 x float> %120, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%128 = shufflevector <8 x float> %118, <8 x float> %120, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%129 = shufflevector <8 x float> %121, <8 x float> %123, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%130 = shufflevector <8 x float> %121, <8 x float> %123, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%131 = shufflevector <8 x float> %122, <8 x float> %124, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%132 = shufflevector <8 x float> %122, <8 x float> %124, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%133 = add i64 %83, 0
	%134 = mul i64 %133, 6
	%135 = getelementptr inbounds float, float* %82, i64 %134
	%136 = bitcast float* %135 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %125, <8 x float>* %136, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%137 = add i64 %83, 1
	%138 = mul i64 %137, 6
	%139 = getelementptr inbounds float, float* %82, i64 %138
	%140 = bitcast float* %139 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %126, <8 x float>* %140, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%141 = add i64 %83, 2
	%142 = mul i64 %141, 6
	%143 = getelementptr inbounds float, float* %82, i64 %142
	%144 = bitcast float* %143 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %127, <8 x float>* %144, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%145 = add i64 %83, 3
	%146 = mul i64 %145, 6
	%147 = getelementptr inbounds float, float* %82, i64 %146
	%148 = bitcast float* %147 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %128, <8 x float>* %148, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%149 = add i64 %83, 4
	%150 = mul i64 %149, 6
	%151 = getelementptr inbounds float, float* %82, i64 %150
	%152 = bitcast float* %151 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %129, <8 x float>* %152, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%153 = add i64 %83, 5
	%154 = mul i64 %153, 6
	%155 = getelementptr inbounds float, float* %82, i64 %154
	%156 = bitcast float* %155 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %130, <8 x float>* %156, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%157 = add i64 %83, 6
	%158 = mul i64 %157, 6
	%159 = getelementptr inbounds float, float* %82, i64 %158
	%160 = bitcast float* %159 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %131, <8 x float>* %160, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%161 = add i64 %83, 7
	%162 = mul i64 %161, 6
	%163 = getelementptr inbounds float, float* %82, i64 %162
	%164 = bitcast float* %163 to <8 x float>*
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %132, <8 x float>* %164, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
	%165 = add i64 %83, 8
	br label %loop10

done12:
	%166 = add i64 %40, 1
	br label %loop8

done13:
	%167 = sub i64 %36, %33
	%168 = sdiv i64 %167, 6
	%169 = mul i64 %168, 6
	%170 = add i64 %33, %169
	%171 = sub i64 %36, %170
	br label %loop14

loop14:
	%172 = phi i64 [ %14, %done13 ], [ %1316, %join35 ]
	%173 = icmp slt i64 %172, %17
	br i1 %173, label %body15, label %done49

body15:
	%174 = add i64 %172, 0
	%175 = icmp slt i64 %174, %17
	%176 = select i1 %175, i64 %174, i64 %172
	%177 = sub i64 %176, 0
	%178 = mul i64 %177, 24
	%179 = add i64 %178, 0
	%180 = getelementptr inbounds i16, i16* %10, i64 %179
	%181 = add i64 %172, 1
	%182 = icmp slt i64 %181, %17
	%183 = select i1 %182, i64 %181, i64 %172
	%184 = sub i64 %183, 0
	%185 = mul i64 %184, 24
	%186 = add i64 %185, 0
	%187 = getelementptr inbounds i16, i16* %10, i64 %186
	%188 = add i64 %172, 2
	%189 = icmp slt i64 %188, %17
	%190 = select i1 %189, i64 %188, i64 %172
	%191 = sub i64 %190, 0
	%192 = mul i64 %191, 24
	%193 = add i64 %192, 0
	%194 = getelementptr inbounds i16, i16* %10, i64 %193
	%195 = add i64 %172, 3
	%196 = icmp slt i64 %195, %17
	%197 = select i1 %196, i64 %195, i64 %172
	%198 = sub i64 %197, 0
	%199 = mul i64 %198, 24
	%200 = add i64 %199, 0
	%201 = getelementptr inbounds i16, i16* %10, i64 %200
	%202 = add i64 %172, 4
	%203 = icmp slt i64 %202, %17
	%204 = select i1 %203, i64 %202, i64 %172
	%205 = sub i64 %204, 0
	%206 = mul i64 %205, 24
	%207 = add i64 %206, 0
	%208 = getelementptr inbounds i16, i16* %10, i64 %207
	%209 = add i64 %172, 5
	%210 = icmp slt i64 %209, %17
	%211 = select i1 %210, i64 %209, i64 %172
	%212 = sub i64 %211, 0
	%213 = mul i64 %212, 24
	%214 = add i64 %213, 0
	%215 = getelementptr inbounds i16, i16* %10, i64 %214
	%216 = add i64 %172, 6
	%217 = icmp slt i64 %216, %17
	%218 = select i1 %217, i64 %216, i64 %172
	%219 = sub i64 %218, 0
	%220 = mul i64 %219, 24
	%221 = add i64 %220, 0
	%222 = getelementptr inbounds i16, i16* %10, i64 %221
	%223 = add i64 %172, 7
	%224 = icmp slt i64 %223, %17
	%225 = select i1 %224, i64 %223, i64 %172
	%226 = sub i64 %225, 0
	%227 = mul i64 %226, 24
	%228 = add i64 %227, 0
	%229 = getelementptr inbounds i16, i16* %10, i64 %228
	br label %loop16

loop16:
	%230 = phi i64 [ 0, %body15 ], [ %352, %body17 ]
	%231 = icmp slt i64 %230, 24
	br i1 %231, label %body17, label %done18

body17:
	%232 = getelementptr inbounds i16, i16* %180, i64 %230
	%233 = bitcast i16* %232 to <8 x i16>*
	%234 = load <8 x i16>, <8 x i16>* %233, align 2
	%235 = zext <8 x i16> %234 to <8 x i32>
	%236 = shl <8 x i32> %235, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%237 = bitcast <8 x i32> %236 to <8 x float>
	%238 = select i1 %175, <8 x float> %237, <8 x float> zeroinitializer
	%239 = getelementptr inbounds i16, i16* %187, i64 %230
	%240 = bitcast i16* %239 to <8 x i16>*
	%241 = load <8 x i16>, <8 x i16>* %240, align 2
	%242 = zext <8 x i16> %241 to <8 x i32>
	%243 = shl <8 x i32> %242, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%244 = bitcast <8 x i32> %243 to <8 x float>
	%245 = select i1 %182, <8 x float> %244, <8 x float> zeroinitializer
	%246 = getelementptr inbounds i16, i16* %194, i64 %230
	%247 = bitcast i16* %246 to <8 x i16>*
	%248 = load <8 x i16>, <8 x i16>* %247, align 2
	%249 = zext <8 x i16> %248 to <8 x i32>
	%250 = shl <8 x i32> %249, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%251 = bitcast <8 x i32> %250 to <8 x float>
	%252 = select i1 %189, <8 x float> %251, <8 x float> zeroinitializer
	%253 = getelementptr inbounds i16, i16* %201, i64 %230
	%254 = bitcast i16* %253 to <8 x i16>*
	%255 = load <8 x i16>, <8 x i16>* %254, align 2
	%256 = zext <8 x i16> %255 to <8 x i32>
	%257 = shl <8 x i32> %256, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%258 = bitcast <8 x i32> %257 to <8 x float>
	%259 = select i1 %196, <8 x float> %258, <8 x float> zeroinitializer
	%260 = getelementptr inbounds i16, i16* %208, i64 %230
	%261 = bitcast i16* %260 to <8 x i16>*
	%262 = load <8 x i16>, <8 x i16>* %261, align 2
	%263 = zext <8 x i16> %262 to <8 x i32>
	%264 = shl <8 x i32> %263, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%265 = bitcast <8 x i32> %264 to <8 x float>
	%266 = select i1 %203, <8 x float> %265, <8 x float> zeroinitializer
	%267 = getelementptr inbounds i16, i16* %215, i64 %230
	%268 = bitcast i16* %267 to <8 x i16>*
	%269 = load <8 x i16>, <8 x i16>* %268, align 2
	%270 = zext <8 x i16> %269 to <8 x i32>
	%271 = shl <8 x i32> %270, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%272 = bitcast <8 x i32> %271 to <8 x float>
	%273 = select i1 %210, <8 x float> %272, <8 x float> zeroinitializer
	%274 = getelementptr inbounds i16, i16* %222, i64 %230
	%275 = bitcast i16* %274 to <8 x i16>*
	%276 = load <8 x i16>, <8 x i16>* %275, align 2
	%277 = zext <8 x i16> %276 to <8 x i32>
	%278 = shl <8 x i32> %277, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%279 = bitcast <8 x i32> %278 to <8 x float>
	%280 = select i1 %217, <8 x float> %279, <8 x float> zeroinitializer
	%281 = getelementptr inbounds i16, i16* %229, i64 %230
	%282 = bitcast i16* %281 to <8 x i16>*
	%283 = load <8 x i16>, <8 x i16>* %282, align 2
	%284 = zext <8 x i16> %283 to <8 x i32>
	%285 = shl <8 x i32> %284, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%286 = bitcast <8 x i32> %285 to <8 x float>
	%287 = select i1 %224, <8 x float> %286, <8 x float> zeroinitializer
	%288 = shufflevector <8 x float> %238, <8 x float> %266, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%289 = shufflevector <8 x float> %238, <8 x float> %266, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%290 = shufflevector <8 x float> %245, <8 x float> %273, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%291 = shufflevector <8 x float> %245, <8 x float> %273, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%292 = shufflevector <8 x float> %252, <8 x float> %280, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%293 = shufflevector <8 x float> %252, <8 x float> %280, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%294 = shufflevector <8 x float> %259, <8 x float> %287, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%295 = shufflevector <8 x float> %259, <8 x float> %287, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%296 = shufflevector <8 x float> %288, <8 x float> %292, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%297 = shufflevector <8 x float> %288, <8 x float> %292, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%298 = shufflevector <8 x float> %290, <8 x float> %294, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%299 = shufflevector <8 x float> %290, <8 x float> %294, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%300 = shufflevector <8 x float> %289, <8 x float> %293, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%301 = shufflevector <8 x float> %289, <8 x float> %293, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%302 = shufflevector <8 x float> %291, <8 x float> %295, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%303 = shufflevector <8 x float> %291, <8 x float> %295, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%304 = shufflevector <8 x float> %296, <8 x float> %298, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%305 = shufflevector <8 x float> %296, <8 x float> %298, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%306 = shufflevector <8 x float> %297, <8 x float> %299, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%307 = shufflevector <8 x float> %297, <8 x float> %299, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%308 = shufflevector <8 x float> %300, <8 x float> %302, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%309 = shufflevector <8 x float> %300, <8 x float> %302, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%310 = shufflevector <8 x float> %301, <8 x float> %303, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%311 = shufflevector <8 x float> %301, <8 x float> %303, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%312 = add i64 %230, 0
	%313 = mul i64 %312, 16
	%314 = add i64 %313, 0
	%315 = getelementptr inbounds float, float* %20, i64 %314
	%316 = bitcast float* %315 to <8 x float>*
	store <8 x float> %304, <8 x float>* %316, align 4
	%317 = add i64 %230, 1
	%318 = mul i64 %317, 16
	%319 = add i64 %318, 0
	%320 = getelementptr inbounds float, float* %20, i64 %319
	%321 = bitcast float* %320 to <8 x float>*
	store <8 x float> %305, <8 x float>* %321, align 4
	%322 = add i64 %230, 2
	%323 = mul i64 %322, 16
	%324 = add i64 %323, 0
	%325 = getelementptr inbounds float, float* %20, i64 %324
	%326 = bitcast float* %325 to <8 x float>*
	store <8 x float> %306, <8 x float>* %326, align 4
	%327 = add i64 %230, 3
	%328 = mul i64 %327, 16
	%329 = add i64 %328, 0
	%330 = getelementptr inbounds float, float* %20, i64 %329
	%331 = bitcast float* %330 to <8 x float>*
	store <8 x float> %307, <8 x float>* %331, align 4
	%332 = add i64 %230, 4
	%333 = mul i64 %332, 16
	%334 = add i64 %333, 0
	%335 = getelementptr inbounds float, float* %20, i64 %334
	%336 = bitcast float* %335 to <8 x float>*
	store <8 x float> %308, <8 x float>* %336, align 4
	%337 = add i64 %230, 5
	%338 = mul i64 %337, 16
	%339 = add i64 %338, 0
	%340 = getelementptr inbounds float, float* %20, i64 %339
	%341 = bitcast float* %340 to <8 x float>*
	store <8 x float> %309, <8 x float>* %341, align 4
	%342 = add i64 %230, 6
	%343 = mul i64 %342, 16
	%344 = add i64 %343, 0
	%345 = getelementptr inbounds float, float* %20, i64 %344
	%346 = bitcast float* %345 to <8 x float>*
	store <8 x float> %310, <8 x float>* %346, align 4
	%347 = add i64 %230, 7
	%348 = mul i64 %347, 16
	%349 = add i64 %348, 0
	%350 = getelementptr inbounds float, float* %20, i64 %349
	%351 = bitcast float* %350 to <8 x float>*
	store <8 x float> %311, <8 x float>* %351, align 4
	%352 = add i64 %230, 8
	br label %loop16

done18:
	%353 = add i64 %172, 8
	%354 = icmp slt i64 %353, %17
	%355 = select i1 %354, i64 %353, i64 %172
	%356 = sub i64 %355, 0
	%357 = mul i64 %356, 24
	%358 = add i64 %357, 0
	%359 = getelementptr inbounds i16, i16* %10, i64 %358
	%360 = add i64 %172, 9
	%361 = icmp slt i64 %360, %17
	%362 = select i1 %361, i64 %360, i64 %172
	%363 = sub i64 %362, 0
	%364 = mul i64 %363, 24
	%365 = add i64 %364, 0
	%366 = getelementptr inbounds i16, i16* %10, i64 %365
	%367 = add i64 %172, 10
	%368 = icmp slt i64 %367, %17
	%369 = select i1 %368, i64 %367, i64 %172
	%370 = sub i64 %369, 0
	%371 = mul i64 %370, 24
	%372 = add i64 %371, 0
	%373 = getelementptr inbounds i16, i16* %10, i64 %372
	%374 = add i64 %172, 11
	%375 = icmp slt i64 %374, %17
	%376 = select i1 %375, i64 %374, i64 %172
	%377 = sub i64 %376, 0
	%378 = mul i64 %377, 24
	%379 = add i64 %378, 0
	%380 = getelementptr inbounds i16, i16* %10, i64 %379
	%381 = add i64 %172, 12
	%382 = icmp slt i64 %381, %17
	%383 = select i1 %382, i64 %381, i64 %172
	%384 = sub i64 %383, 0
	%385 = mul i64 %384, 24
	%386 = add i64 %385, 0
	%387 = getelementptr inbounds i16, i16* %10, i64 %386
	%388 = add i64 %172, 13
	%389 = icmp slt i64 %388, %17
	%390 = select i1 %389, i64 %388, i64 %172
	%391 = sub i64 %390, 0
	%392 = mul i64 %391, 24
	%393 = add i64 %392, 0
	%394 = getelementptr inbounds i16, i16* %10, i64 %393
	%395 = add i64 %172, 14
	%396 = icmp slt i64 %395, %17
	%397 = select i1 %396, i64 %395, i64 %172
	%398 = sub i64 %397, 0
	%399 = mul i64 %398, 24
	%400 = add i64 %399, 0
	%401 = getelementptr inbounds i16, i16* %10, i64 %400
	%402 = add i64 %172, 15
	%403 = icmp slt i64 %402, %17
	%404 = select i1 %403, i64 %402, i64 %172
	%405 = sub i64 %404, 0
	%406 = mul i64 %405, 24
	%407 = add i64 %406, 0
	%408 = getelementptr inbounds i16, i16* %10, i64 %407
	br label %loop19

loop19:
	%409 = phi i64 [ 0, %done18 ], [ %531, %body20 ]
	%410 = icmp slt i64 %409, 24
	br i1 %410, label %body20, label %done21

body20:
	%411 = getelementptr inbounds i16, i16* %359, i64 %409
	%412 = bitcast i16* %411 to <8 x i16>*
	%413 = load <8 x i16>, <8 x i16>* %412, align 2
	%414 = zext <8 x i16> %413 to <8 x i32>
	%415 = shl <8 x i32> %414, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%416 = bitcast <8 x i32> %415 to <8 x float>
	%417 = select i1 %354, <8 x float> %416, <8 x float> zeroinitializer
	%418 = getelementptr inbounds i16, i16* %366, i64 %409
	%419 = bitcast i16* %418 to <8 x i16>*
	%420 = load <8 x i16>, <8 x i16>* %419, align 2
	%421 = zext <8 x i16> %420 to <8 x i32>
	%422 = shl <8 x i32> %421, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%423 = bitcast <8 x i32> %422 to <8 x float>
	%424 = select i1 %361, <8 x float> %423, <8 x float> zeroinitializer
	%425 = getelementptr inbounds i16, i16* %373, i64 %409
	%426 = bitcast i16* %425 to <8 x i16>*
	%427 = load <8 x i16>, <8 x i16>* %426, align 2
	%428 = zext <8 x i16> %427 to <8 x i32>
	%429 = shl <8 x i32> %428, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%430 = bitcast <8 x i32> %429 to <8 x float>
	%431 = select i1 %368, <8 x float> %430, <8 x float> zeroinitializer
	%432 = getelementptr inbounds i16, i16* %380, i64 %409
	%433 = bitcast i16* %432 to <8 x i16>*
	%434 = load <8 x i16>, <8 x i16>* %433, align 2
	%435 = zext <8 x i16> %434 to <8 x i32>
	%436 = shl <8 x i32> %435, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%437 = bitcast <8 x i32> %436 to <8 x float>
	%438 = select i1 %375, <8 x float> %437, <8 x float> zeroinitializer
	%439 = getelementptr inbounds i16, i16* %387, i64 %409
	%440 = bitcast i16* %439 to <8 x i16>*
	%441 = load <8 x i16>, <8 x i16>* %440, align 2
	%442 = zext <8 x i16> %441 to <8 x i32>
	%443 = shl <8 x i32> %442, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%444 = bitcast <8 x i32> %443 to <8 x float>
	%445 = select i1 %382, <8 x float> %444, <8 x float> zeroinitializer
	%446 = getelementptr inbounds i16, i16* %394, i64 %409
	%447 = bitcast i16* %446 to <8 x i16>*
	%448 = load <8 x i16>, <8 x i16>* %447, align 2
	%449 = zext <8 x i16> %448 to <8 x i32>
	%450 = shl <8 x i32> %449, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%451 = bitcast <8 x i32> %450 to <8 x float>
	%452 = select i1 %389, <8 x float> %451, <8 x float> zeroinitializer
	%453 = getelementptr inbounds i16, i16* %401, i64 %409
	%454 = bitcast i16* %453 to <8 x i16>*
	%455 = load <8 x i16>, <8 x i16>* %454, align 2
	%456 = zext <8 x i16> %455 to <8 x i32>
	%457 = shl <8 x i32> %456, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%458 = bitcast <8 x i32> %457 to <8 x float>
	%459 = select i1 %396, <8 x float> %458, <8 x float> zeroinitializer
	%460 = getelementptr inbounds i16, i16* %408, i64 %409
	%461 = bitcast i16* %460 to <8 x i16>*
	%462 = load <8 x i16>, <8 x i16>* %461, align 2
	%463 = zext <8 x i16> %462 to <8 x i32>
	%464 = shl <8 x i32> %463, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%465 = bitcast <8 x i32> %464 to <8 x float>
	%466 = select i1 %403, <8 x float> %465, <8 x float> zeroinitializer
	%467 = shufflevector <8 x float> %417, <8 x float> %445, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%468 = shufflevector <8 x float> %417, <8 x float> %445, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%469 = shufflevector <8 x float> %424, <8 x float> %452, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%470 = shufflevector <8 x float> %424, <8 x float> %452, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%471 = shufflevector <8 x float> %431, <8 x float> %459, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%472 = shufflevector <8 x float> %431, <8 x float> %459, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%473 = shufflevector <8 x float> %438, <8 x float> %466, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
	%474 = shufflevector <8 x float> %438, <8 x float> %466, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
	%475 = shufflevector <8 x float> %467, <8 x float> %471, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%476 = shufflevector <8 x float> %467, <8 x float> %471, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%477 = shufflevector <8 x float> %469, <8 x float> %473, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%478 = shufflevector <8 x float> %469, <8 x float> %473, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%479 = shufflevector <8 x float> %468, <8 x float> %472, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%480 = shufflevector <8 x float> %468, <8 x float> %472, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%481 = shufflevector <8 x float> %470, <8 x float> %474, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
	%482 = shufflevector <8 x float> %470, <8 x float> %474, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
	%483 = shufflevector <8 x float> %475, <8 x float> %477, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%484 = shufflevector <8 x float> %475, <8 x float> %477, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%485 = shufflevector <8 x float> %476, <8 x float> %478, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%486 = shufflevector <8 x float> %476, <8 x float> %478, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%487 = shufflevector <8 x float> %479, <8 x float> %481, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%488 = shufflevector <8 x float> %479, <8 x float> %481, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%489 = shufflevector <8 x float> %480, <8 x float> %482, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
	%490 = shufflevector <8 x float> %480, <8 x float> %482, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
	%491 = add i64 %409, 0
	%492 = mul i64 %491, 16
	%493 = add i64 %492, 8
	%494 = getelementptr inbounds float, float* %20, i64 %493
	%495 = bitcast float* %494 to <8 x float>*
	store <8 x float> %483, <8 x float>* %495, align 4
	%496 = add i64 %409, 1
	%497 = mul i64 %496, 16
	%498 = add i64 %497, 8
	%499 = getelementptr inbounds float, float* %20, i64 %498
	%500 = bitcast float* %499 to <8 x float>*
	store <8 x float> %484, <8 x float>* %500, align 4
	%501 = add i64 %409, 2
	%502 = mul i64 %501, 16
	%503 = add i64 %502, 8
	%504 = getelementptr inbounds float, float* %20, i64 %503
	%505 = bitcast float* %504 to <8 x float>*
	store <8 x float> %485, <8 x float>* %505, align 4
	%506 = add i64 %409, 3
	%507 = mul i64 %506, 16
	%508 = add i64 %507, 8
	%509 = getelementptr inbounds float, float* %20, i64 %508
	%510 = bitcast float* %509 to <8 x float>*
	store <8 x float> %486, <8 x float>* %510, align 4
	%511 = add i64 %409, 4
	%512 = mul i64 %511, 16
	%513 = add i64 %512, 8
	%514 = getelementptr inbounds float, float* %20, i64 %513
	%515 = bitcast float* %514 to <8 x float>*
	store <8 x float> %487, <8 x float>* %515, align 4
	%516 = add i64 %409, 5
	%517 = mul i64 %516, 16
	%518 = add i64 %517, 8
	%519 = getelementptr inbounds float, float* %20, i64 %518
	%520 = bitcast float* %519 to <8 x float>*
	store <8 x float> %488, <8 x float>* %520, align 4
	%521 = add i64 %409, 6
	%522 = mul i64 %521, 16
	%523 = add i64 %522, 8
	%524 = getelementptr inbounds float, float* %20, i64 %523
	%525 = bitcast float* %524 to <8 x float>*
	store <8 x float> %489, <8 x float>* %525, align 4
	%526 = add i64 %409, 7
	%527 = mul i64 %526, 16
	%528 = add i64 %527, 8
	%529 = getelementptr inbounds float, float* %20, i64 %528
	%530 = bitcast float* %529 to <8 x float>*
	store <8 x float> %490, <8 x float>* %530, align 4
	%531 = add i64 %409, 8
	br label %loop19

done21:
	%532 = add i64 %172, 16
	br label %loop22

loop22:
	%533 = phi i64 [ %33, %done21 ], [ %987, %done32 ]
	%534 = icmp slt i64 %533, %170
	br i1 %534, label %body23, label %done33

body23:
	%535 = sub i64 %533, %33
	%536 = sdiv i64 %535, 6
	%537 = srem i64 %536, 16
	%538 = add i64 %532, %537
	%539 = sub i64 %17, %172
	%540 = sub i64 %539, 0
	%541 = sub i64 %539, 8
	%542 = sub i64 %533, %33
	%543 = sdiv i64 %542, 6
	%544 = mul i64 %543, 1536
	%545 = srem i64 %542, 6
	%546 = add i64 %544, %545
	%547 = getelementptr inbounds float, float* %21, i64 %546
	%548 = sub i64 %538, 0
	%549 = mul i64 %548, 24
	%550 = add i64 %549, 0
	%551 = getelementptr inbounds i16, i16* %10, i64 %550
	%552 = bitcast i16* %551 to i8*
	br label %loop24

loop24:
	%553 = phi i64 [ 0, %body23 ], [ %693, %join27 ]
	%554 = phi <8 x float> [ zeroinitializer, %body23 ], [ %656, %join27 ]
	%555 = phi <8 x float> [ zeroinitializer, %body23 ], [ %657, %join27 ]
	%556 = phi <8 x float> [ zeroinitializer, %body23 ], [ %663, %join27 ]
	%557 = phi <8 x float> [ zeroinitializer, %body23 ], [ %664, %join27 ]
	%558 = phi <8 x float> [ zeroinitializer, %body23 ], [ %670, %join27 ]
	%559 = phi <8 x float> [ zeroinitializer, %body23 ], [ %671, %join27 ]
	%560 = phi <8 x float> [ zeroinitializer, %body23 ], [ %677, %join27 ]
	%561 = phi <8 x float> [ zeroinitializer, %body23 ], [ %678, %join27 ]
	%562 = phi <8 x float> [ zeroinitializer, %body23 ], [ %684, %join27 ]
	%563 = phi <8 x float> [ zeroinitializer, %body23 ], [ %685, %join27 ]
	%564 = phi <8 x float> [ zeroinitializer, %body23 ], [ %691, %join27 ]
	%565 = phi <8 x float> [ zeroinitializer, %body23 ], [ %692, %join27 ]
	%566 = icmp slt i64 %553, 7
	br i1 %566, label %body25, label %done29

body25:
	%567 = add i64 %533, 6
	%568 = sdiv i64 %553, 1
	%569 = add i64 %567, %568
	%570 = srem i64 %553, 1
	%571 = mul i64 %570, 16
	%572 = add i64 %172, %571
	%573 = mul i64 %569, 32
	%574 = add i64 %573, %572
	%575 = getelementptr inbounds float, float* %4, i64 %574
	%576 = bitcast float* %575 to i8*
	%577 = sub i64 %553, 6
	%578 = mul i64 %577, 64
	%579 = getelementptr inbounds i8, i8* %552, i64 %578
	%580 = icmp slt i64 %553, 6
	br i1 %580, label %then26, label %else28

then26:
	%581 = bitcast i8* %576 to i8*
	call void @llvm.prefetch.p0i8(i8* %581, i32 0, i32 3, i32 1)
	br label %join27

else28:
	%582 = bitcast i8* %579 to i8*
	call void @llvm.prefetch.p0i8(i8* %582, i32 0, i32 2, i32 1)
	br label %join27

join27:
	%583 = mul i64 %553, 2
	%584 = add i64 %583, 0
	%585 = mul i64 %584, 16
	%586 = add i64 %585, 0
	%587 = getelementptr inbounds float, float* %20, i64 %586
	%588 = bitcast float* %587 to <8 x float>*
	%589 = load <8 x float>, <8 x float>* %588, align 4
	%590 = mul i64 %584, 16
	%591 = add i64 %590, 8
	%592 = getelementptr inbounds float, float* %20, i64 %591
	%593 = bitcast float* %592 to <8 x float>*
	%594 = load <8 x float>, <8 x float>* %593, align 4
	%595 = mul i64 %584, 6
	%596 = add i64 %595, 0
	%597 = getelementptr inbounds float, float* %547, i64 %596
	%598 = load float, float* %597, align 4
	%599 = insertelement <8 x float> undef, float %598, i64 0
	%600 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
	%601 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %600, <8 x float> %589, <8 x float> %554)
	%602 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %600, <8 x float> %594, <8 x float> %555)
	%603 = add i64 %595, 1
	%604 = getelementptr inbounds float, float* %547, i64 %603
	%605 = load float, float* %604, align 4
	%606 = insertelement <8 x float> undef, float %605, i64 0
	%607 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
	%608 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %607, <8 x float> %589, <8 x float> %556)
	%609 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %607, <8 x float> %594, <8 x float> %557)
	%610 = add i64 %595, 2
	%611 = getelementptr inbounds float, float* %547, i64 %610
	%612 = load float, float* %611, align 4
	%613 = insertelement <8 x float> undef, float %612, i64 0
	%614 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
	%615 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %614, <8 x float> %589, <8 x float> %558)
	%616 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %614, <8 x float> %594, <8 x float> %559)
	%617 = add i64 %595, 3
	%618 = getelementptr inbounds float, float* %547, i64 %617
	%619 = load float, float* %618, align 4
	%620 = insertelement <8 x float> undef, float %619, i64 0
	%621 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
	%622 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %621, <8 x float> %589, <8 x float> %560)
	%623 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %621, <8 x float> %594, <8 x float> %561)
	%624 = add i64 %595, 4
	%625 = getelementptr inbounds float, float* %547, i64 %624
	%626 = load float, float* %625, align 4
	%627 = insertelement <8 x float> undef, float %626, i64 0
	%628 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
	%629 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %628, <8 x float> %589, <8 x float> %562)
	%630 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %628, <8 x float> %594, <8 x float> %563)
	%631 = add i64 %595, 5
	%632 = getelementptr inbounds float, float* %547, i64 %631
	%633 = load float, float* %632, align 4
	%634 = insertelement <8 x float> undef, float %633, i64 0
	%635 = shufflevector <8 x float> %634, <8 x float> undef, <8 x i32> zeroinitializer
	%636 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %635, <8 x float> %589, <8 x float> %564)
	%637 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %635, <8 x float> %594, <8 x float> %565)
	%638 = mul i64 %553, 2
	%639 = add i64 %638, 1
	%640 = mul i64 %639, 16
	%641 = add i64 %640, 0
	%642 = getelementptr inbounds float, float* %20, i64 %641
	%643 = bitcast float* %642 to <8 x float>*
	%644 = load <8 x float>, <8 x float>* %643, align 4
	%645 = mul i64 %639, 16
	%646 = add i64 %645, 8
	%647 = getelementptr inbounds float, float* %20, i64 %646
	%648 = bitcast float* %647 to <8 x float>*
	%649 = load <8 x float>, <8 x float>* %648, align 4
	%650 = mul i64 %639, 6
	%651 = add i64 %650, 0
	%652 = getelementptr inbounds float, float* %547, i64 %651
	%653 = load float, float* %652, align 4
	%654 = insertelement <8 x float> undef, float %653, i64 0
	%655 = shufflevector <8 x float> %654, <8 x float> undef, <8 x i32> zeroinitializer
	%656 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %655, <8 x float> %644, <8 x float> %601)
	%657 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %655, <8 x float> %649, <8 x float> %602)
	%658 = add i64 %650, 1
	%659 = getelementptr inbounds float, float* %547, i64 %658
	%660 = load float, float* %659, align 4
	%661 = insertelement <8 x float> undef, float %660, i64 0
	%662 = shufflevector <8 x float> %661, <8 x float> undef, <8 x i32> zeroinitializer
	%663 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %662, <8 x float> %644, <8 x float> %608)
	%664 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %662, <8 x float> %649, <8 x float> %609)
	%665 = add i64 %650, 2
	%666 = getelementptr inbounds float, float* %547, i64 %665
	%667 = load float, float* %666, align 4
	%668 = insertelement <8 x float> undef, float %667, i64 0
	%669 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
	%670 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %669, <8 x float> %644, <8 x float> %615)
	%671 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %669, <8 x float> %649, <8 x float> %616)
	%672 = add i64 %650, 3
	%673 = getelementptr inbounds float, float* %547, i64 %672
	%674 = load float, float* %673, align 4
	%675 = insertelement <8 x float> undef, float %674, i64 0
	%676 = shufflevector <8 x float> %675, <8 x float> undef, <8 x i32> zeroinitializer
	%677 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %676, <8 x float> %644, <8 x float> %622)
	%678 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %676, <8 x float> %649, <8 x float> %623)
	%679 = add i64 %650, 4
	%680 = getelementptr inbounds float, float* %547, i64 %679
	%681 = load float, float* %680, align 4
	%682 = insertelement <8 x float> undef, float %681, i64 0
	%683 = shufflevector <8 x float> %682, <8 x float> undef, <8 x i32> zeroinitializer
	%684 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %683, <8 x float> %644, <8 x float> %629)
	%685 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %683, <8 x float> %649, <8 x float> %630)
	%686 = add i64 %650, 5
	%687 = getelementptr inbounds float, float* %547, i64 %686
	%688 = load float, float* %687, align 4
	%689 = insertelement <8 x float> undef, float %688, i64 0
	%690 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
	%691 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %690, <8 x float> %644, <8 x float> %636)
	%692 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %690, <8 x float> %649, <8 x float> %637)
	%693 = add i64 %553, 1
	br label %loop24

done29:
	br label %loop30

loop30:
	%694 = phi i64 [ 7, %done29 ], [ %818, %body31 ]
	%695 = phi <8 x float> [ %554, %done29 ], [ %781, %body31 ]
	%696 = phi <8 x float> [ %555, %done29 ], [ %782, %body31 ]
	%697 = phi <8 x float> [ %556, %done29 ], [ %788, %body31 ]
	%698 = phi <8 x float> [ %557, %done29 ], [ %789, %body31 ]
	%699 = phi <8 x float> [ %558, %done29 ], [ %795, %body31 ]
	%700 = phi <8 x float> [ %559, %done29 ], [ %796, %body31 ]
	%701 = phi <8 x float> [ %560, %done29 ], [ %802, %body31 ]
	%702 = phi <8 x float> [ %561, %done29 ], [ %803, %body31 ]
	%703 = phi <8 x float> [ %562, %done29 ], [ %809, %body31 ]
	%704 = phi <8 x float> [ %563, %done29 ], [ %810, %body31 ]
	%705 = phi <8 x float> [ %564, %done29 ], [ %816, %body31 ]
	%706 = phi <8 x float> [ %565, %done29 ], [ %817, %body31 ]
	%707 = icmp slt i64 %694, 12
	br i1 %707, label %body31, label %done32

body31:
	%708 = mul i64 %694, 2
	%709 = add i64 %708, 0
	%710 = mul i64 %709, 16
	%711 = add i64 %710, 0
	%712 = getelementptr inbounds float, float* %20, i64 %711
	%713 = bitcast float* %712 to <8 x float>*
	%714 = load <8 x float>, <8 x float>* %713, align 4
	%715 = mul i64 %709, 16
	%716 = add i64 %715, 8
	%717 = getelementptr inbounds float, float* %20, i64 %716
	%718 = bitcast float* %717 to <8 x float>*
	%719 = load <8 x float>, <8 x float>* %718, align 4
	%720 = mul i64 %709, 6
	%721 = add i64 %720, 0
	%722 = getelementptr inbounds float, float* %547, i64 %721
	%723 = load float, float* %722, align 4
	%724 = insertelement <8 x float> undef, float %723, i64 0
	%725 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
	%726 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %725, <8 x float> %714, <8 x float> %695)
	%727 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %725, <8 x float> %719, <8 x float> %696)
	%728 = add i64 %720, 1
	%729 = getelementptr inbounds float, float* %547, i64 %728
	%730 = load float, float* %729, align 4
	%731 = insertelement <8 x float> undef, float %730, i64 0
	%732 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
	%733 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %732, <8 x float> %714, <8 x float> %697)
	%734 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %732, <8 x float> %719, <8 x float> %698)
	%735 = add i64 %720, 2
	%736 = getelementptr inbounds float, float* %547, i64 %735
	%737 = load float, float* %736, align 4
	%738 = insertelement <8 x float> undef, float %737, i64 0
	%739 = shufflevector <8 x float> %738, <8 x float> undef, <8 x i32> zeroinitializer
	%740 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %739, <8 x float> %714, <8 x float> %699)
	%741 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %739, <8 x float> %719, <8 x float> %700)
	%742 = add i64 %720, 3
	%743 = getelementptr inbounds float, float* %547, i64 %742
	%744 = load float, float* %743, align 4
	%745 = insertelement <8 x float> undef, float %744, i64 0
	%746 = shufflevector <8 x float> %745, <8 x float> undef, <8 x i32> zeroinitializer
	%747 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %746, <8 x float> %714, <8 x float> %701)
	%748 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %746, <8 x float> %719, <8 x float> %702)
	%749 = add i64 %720, 4
	%750 = getelementptr inbounds float, float* %547, i64 %749
	%751 = load float, float* %750, align 4
	%752 = insertelement <8 x float> undef, float %751, i64 0
	%753 = shufflevector <8 x float> %752, <8 x float> undef, <8 x i32> zeroinitializer
	%754 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %753, <8 x float> %714, <8 x float> %703)
	%755 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %753, <8 x float> %719, <8 x float> %704)
	%756 = add i64 %720, 5
	%757 = getelementptr inbounds float, float* %547, i64 %756
	%758 = load float, float* %757, align 4
	%759 = insertelement <8 x float> undef, float %758, i64 0
	%760 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
	%761 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %760, <8 x float> %714, <8 x float> %705)
	%762 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %760, <8 x float> %719, <8 x float> %706)
	%763 = mul i64 %694, 2
	%764 = add i64 %763, 1
	%765 = mul i64 %764, 16
	%766 = add i64 %765, 0
	%767 = getelementptr inbounds float, float* %20, i64 %766
	%768 = bitcast float* %767 to <8 x float>*
	%769 = load <8 x float>, <8 x float>* %768, align 4
	%770 = mul i64 %764, 16
	%771 = add i64 %770, 8
	%772 = getelementptr inbounds float, float* %20, i64 %771
	%773 = bitcast float* %772 to <8 x float>*
	%774 = load <8 x float>, <8 x float>* %773, align 4
	%775 = mul i64 %764, 6
	%776 = add i64 %775, 0
	%777 = getelementptr inbounds float, float* %547, i64 %776
	%778 = load float, float* %777, align 4
	%779 = insertelement <8 x float> undef, float %778, i64 0
	%780 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
	%781 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %780, <8 x float> %769, <8 x float> %726)
	%782 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %780, <8 x float> %774, <8 x float> %727)
	%783 = add i64 %775, 1
	%784 = getelementptr inbounds float, float* %547, i64 %783
	%785 = load float, float* %784, align 4
	%786 = insertelement <8 x float> undef, float %785, i64 0
	%787 = shufflevector <8 x float> %786, <8 x float> undef, <8 x i32> zeroinitializer
	%788 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %787, <8 x float> %769, <8 x float> %733)
	%789 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %787, <8 x float> %774, <8 x float> %734)
	%790 = add i64 %775, 2
	%791 = getelementptr inbounds float, float* %547, i64 %790
	%792 = load float, float* %791, align 4
	%793 = insertelement <8 x float> undef, float %792, i64 0
	%794 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
	%795 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %794, <8 x float> %769, <8 x float> %740)
	%796 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %794, <8 x float> %774, <8 x float> %741)
	%797 = add i64 %775, 3
	%798 = getelementptr inbounds float, float* %547, i64 %797
	%799 = load float, float* %798, align 4
	%800 = insertelement <8 x float> undef, float %799, i64 0
	%801 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
	%802 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %801, <8 x float> %769, <8 x float> %747)
	%803 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %801, <8 x float> %774, <8 x float> %748)
	%804 = add i64 %775, 4
	%805 = getelementptr inbounds float, float* %547, i64 %804
	%806 = load float, float* %805, align 4
	%807 = insertelement <8 x float> undef, float %806, i64 0
	%808 = shufflevector <8 x float> %807, <8 x float> undef, <8 x i32> zeroinitializer
	%809 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %808, <8 x float> %769, <8 x float> %754)
	%810 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %808, <8 x float> %774, <8 x float> %755)
	%811 = add i64 %775, 5
	%812 = getelementptr inbounds float, float* %547, i64 %811
	%813 = load float, float* %812, align 4
	%814 = insertelement <8 x float> undef, float %813, i64 0
	%815 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
	%816 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %815, <8 x float> %769, <8 x float> %761)
	%817 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %815, <8 x float> %774, <8 x float> %762)
	%818 = add i64 %694, 1
	br label %loop30

done32:
	%819 = add i64 %533, 0
	%820 = mul i64 %819, 32
	%821 = add i64 %172, 0
	%822 = add i64 %820, %821
	%823 = getelementptr inbounds float, float* %4, i64 %822
	%824 = bitcast float* %823 to <8 x float>*
	%825 = icmp slt i64 %540, 8
	%826 = select i1 %825, i64 %540, i64 8
	%827 = icmp sgt i64 %826, 0
	%828 = select i1 %827, i64 %826, i64 0
	%829 = trunc i64 %828 to i32
	%830 = insertelement <8 x i32> undef, i32 %829, i64 0
	%831 = shufflevector <8 x i32> %830, <8 x i32> undef, <8 x i32> zeroinitializer
	%832 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %831
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %695, <8 x float>* %824, i32 4, <8 x i1> %832)
	%833 = add i64 %533, 0
	%834 = mul i64 %833, 32
	%835 = add i64 %172, 8
	%836 = add i64 %834, %835
	%837 = getelementptr inbounds float, float* %4, i64 %836
	%838 = bitcast float* %837 to <8 x float>*
	%839 = icmp slt i64 %541, 8
	%840 = select i1 %839, i64 %541, i64 8
	%841 = icmp sgt i64 %840, 0
	%842 = select i1 %841, i64 %840, i64 0
	%843 = trunc i64 %842 to i32
	%844 = insertelement <8 x i32> undef, i32 %843, i64 0
	%845 = shufflevector <8 x i32> %844, <8 x i32> undef, <8 x i32> zeroinitializer
	%846 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %845
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %696, <8 x float>* %838, i32 4, <8 x i1> %846)
	%847 = add i64 %533, 1
	%848 = mul i64 %847, 32
	%849 = add i64 %172, 0
	%850 = add i64 %848, %849
	%851 = getelementptr inbounds float, float* %4, i64 %850
	%852 = bitcast float* %851 to <8 x float>*
	%853 = icmp slt i64 %540, 8
	%854 = select i1 %853, i64 %540, i64 8
	%855 = icmp sgt i64 %854, 0
	%856 = select i1 %855, i64 %854, i64 0
	%857 = trunc i64 %856 to i32
	%858 = insertelement <8 x i32> undef, i32 %857, i64 0
	%859 = shufflevector <8 x i32> %858, <8 x i32> undef, <8 x i32> zeroinitializer
	%860 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %859
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %697, <8 x float>* %852, i32 4, <8 x i1> %860)
	%861 = add i64 %533, 1
	%862 = mul i64 %861, 32
	%863 = add i64 %172, 8
	%864 = add i64 %862, %863
	%865 = getelementptr inbounds float, float* %4, i64 %864
	%866 = bitcast float* %865 to <8 x float>*
	%867 = icmp slt i64 %541, 8
	%868 = select i1 %867, i64 %541, i64 8
	%869 = icmp sgt i64 %868, 0
	%870 = select i1 %869, i64 %868, i64 0
	%871 = trunc i64 %870 to i32
	%872 = insertelement <8 x i32> undef, i32 %871, i64 0
	%873 = shufflevector <8 x i32> %872, <8 x i32> undef, <8 x i32> zeroinitializer
	%874 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %873
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %698, <8 x float>* %866, i32 4, <8 x i1> %874)
	%875 = add i64 %533, 2
	%876 = mul i64 %875, 32
	%877 = add i64 %172, 0
	%878 = add i64 %876, %877
	%879 = getelementptr inbounds float, float* %4, i64 %878
	%880 = bitcast float* %879 to <8 x float>*
	%881 = icmp slt i64 %540, 8
	%882 = select i1 %881, i64 %540, i64 8
	%883 = icmp sgt i64 %882, 0
	%884 = select i1 %883, i64 %882, i64 0
	%885 = trunc i64 %884 to i32
	%886 = insertelement <8 x i32> undef, i32 %885, i64 0
	%887 = shufflevector <8 x i32> %886, <8 x i32> undef, <8 x i32> zeroinitializer
	%888 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %887
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %699, <8 x float>* %880, i32 4, <8 x i1> %888)
	%889 = add i64 %533, 2
	%890 = mul i64 %889, 32
	%891 = add i64 %172, 8
	%892 = add i64 %890, %891
	%893 = getelementptr inbounds float, float* %4, i64 %892
	%894 = bitcast float* %893 to <8 x float>*
	%895 = icmp slt i64 %541, 8
	%896 = select i1 %895, i64 %541, i64 8
	%897 = icmp sgt i64 %896, 0
	%898 = select i1 %897, i64 %896, i64 0
	%899 = trunc i64 %898 to i32
	%900 = insertelement <8 x i32> undef, i32 %899, i64 0
	%901 = shufflevector <8 x i32> %900, <8 x i32> undef, <8 x i32> zeroinitializer
	%902 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %901
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %700, <8 x float>* %894, i32 4, <8 x i1> %902)
	%903 = add i64 %533, 3
	%904 = mul i64 %903, 32
	%905 = add i64 %172, 0
	%906 = add i64 %904, %905
	%907 = getelementptr inbounds float, float* %4, i64 %906
	%908 = bitcast float* %907 to <8 x float>*
	%909 = icmp slt i64 %540, 8
	%910 = select i1 %909, i64 %540, i64 8
	%911 = icmp sgt i64 %910, 0
	%912 = select i1 %911, i64 %910, i64 0
	%913 = trunc i64 %912 to i32
	%914 = insertelement <8 x i32> undef, i32 %913, i64 0
	%915 = shufflevector <8 x i32> %914, <8 x i32> undef, <8 x i32> zeroinitializer
	%916 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %915
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %701, <8 x float>* %908, i32 4, <8 x i1> %916)
	%917 = add i64 %533, 3
	%918 = mul i64 %917, 32
	%919 = add i64 %172, 8
	%920 = add i64 %918, %919
	%921 = getelementptr inbounds float, float* %4, i64 %920
	%922 = bitcast float* %921 to <8 x float>*
	%923 = icmp slt i64 %541, 8
	%924 = select i1 %923, i64 %541, i64 8
	%925 = icmp sgt i64 %924, 0
	%926 = select i1 %925, i64 %924, i64 0
	%927 = trunc i64 %926 to i32
	%928 = insertelement <8 x i32> undef, i32 %927, i64 0
	%929 = shufflevector <8 x i32> %928, <8 x i32> undef, <8 x i32> zeroinitializer
	%930 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %929
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %702, <8 x float>* %922, i32 4, <8 x i1> %930)
	%931 = add i64 %533, 4
	%932 = mul i64 %931, 32
	%933 = add i64 %172, 0
	%934 = add i64 %932, %933
	%935 = getelementptr inbounds float, float* %4, i64 %934
	%936 = bitcast float* %935 to <8 x float>*
	%937 = icmp slt i64 %540, 8
	%938 = select i1 %937, i64 %540, i64 8
	%939 = icmp sgt i64 %938, 0
	%940 = select i1 %939, i64 %938, i64 0
	%941 = trunc i64 %940 to i32
	%942 = insertelement <8 x i32> undef, i32 %941, i64 0
	%943 = shufflevector <8 x i32> %942, <8 x i32> undef, <8 x i32> zeroinitializer
	%944 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %943
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %703, <8 x float>* %936, i32 4, <8 x i1> %944)
	%945 = add i64 %533, 4
	%946 = mul i64 %945, 32
	%947 = add i64 %172, 8
	%948 = add i64 %946, %947
	%949 = getelementptr inbounds float, float* %4, i64 %948
	%950 = bitcast float* %949 to <8 x float>*
	%951 = icmp slt i64 %541, 8
	%952 = select i1 %951, i64 %541, i64 8
	%953 = icmp sgt i64 %952, 0
	%954 = select i1 %953, i64 %952, i64 0
	%955 = trunc i64 %954 to i32
	%956 = insertelement <8 x i32> undef, i32 %955, i64 0
	%957 = shufflevector <8 x i32> %956, <8 x i32> undef, <8 x i32> zeroinitializer
	%958 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %957
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %704, <8 x float>* %950, i32 4, <8 x i1> %958)
	%959 = add i64 %533, 5
	%960 = mul i64 %959, 32
	%961 = add i64 %172, 0
	%962 = add i64 %960, %961
	%963 = getelementptr inbounds float, float* %4, i64 %962
	%964 = bitcast float* %963 to <8 x float>*
	%965 = icmp slt i64 %540, 8
	%966 = select i1 %965, i64 %540, i64 8
	%967 = icmp sgt i64 %966, 0
	%968 = select i1 %967, i64 %966, i64 0
	%969 = trunc i64 %968 to i32
	%970 = insertelement <8 x i32> undef, i32 %969, i64 0
	%971 = shufflevector <8 x i32> %970, <8 x i32> undef, <8 x i32> zeroinitializer
	%972 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %971
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %705, <8 x float>* %964, i32 4, <8 x i1> %972)
	%973 = add i64 %533, 5
	%974 = mul i64 %973, 32
	%975 = add i64 %172, 8
	%976 = add i64 %974, %975
	%977 = getelementptr inbounds float, float* %4, i64 %976
	%978 = bitcast float* %977 to <8 x float>*
	%979 = icmp slt i64 %541, 8
	%980 = select i1 %979, i64 %541, i64 8
	%981 = icmp sgt i64 %980, 0
	%982 = select i1 %981, i64 %980, i64 0
	%983 = trunc i64 %982 to i32
	%984 = insertelement <8 x i32> undef, i32 %983, i64 0
	%985 = shufflevector <8 x i32> %984, <8 x i32> undef, <8 x i32> zeroinitializer
	%986 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %985
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %706, <8 x float>* %978, i32 4, <8 x i1> %986)
	%987 = add i64 %533, 6
	br label %loop22

done33:
	%988 = icmp sgt i64 %171, 0
	br i1 %988, label %then34, label %join35

then34:
	%989 = sub i64 %17, %172
	%990 = sub i64 %989, 0
	%991 = sub i64 %989, 8
	%992 = sub i64 %170, %33
	%993 = sdiv i64 %992, 6
	%994 = mul i64 %993, 1536
	%995 = srem i64 %992, 6
	%996 = add i64 %994, %995
	%997 = getelementptr inbounds float, float* %21, i64 %996
	br label %loop36

loop36:
	%998 = phi i64 [ 0, %then34 ], [ %1122, %body37 ]
	%999 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1085, %body37 ]
	%1000 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1086, %body37 ]
	%1001 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1092, %body37 ]
	%1002 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1093, %body37 ]
	%1003 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1099, %body37 ]
	%1004 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1100, %body37 ]
	%1005 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1106, %body37 ]
	%1006 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1107, %body37 ]
	%1007 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1113, %body37 ]
	%1008 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1114, %body37 ]
	%1009 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1120, %body37 ]
	%1010 = phi <8 x float> [ zeroinitializer, %then34 ], [ %1121, %body37 ]
	%1011 = icmp slt i64 %998, 12
	br i1 %1011, label %body37, label %done38

body37:
	%1012 = mul i64 %998, 2
	%1013 = add i64 %1012, 0
	%1014 = mul i64 %1013, 16
	%1015 = add i64 %1014, 0
	%1016 = getelementptr inbounds float, float* %20, i64 %1015
	%1017 = bitcast float* %1016 to <8 x float>*
	%1018 = load <8 x float>, <8 x float>* %1017, align 4
	%1019 = mul i64 %1013, 16
	%1020 = add i64 %1019, 8
	%1021 = getelementptr inbounds float, float* %20, i64 %1020
	%1022 = bitcast float* %1021 to <8 x float>*
	%1023 = load <8 x float>, <8 x float>* %1022, align 4
	%1024 = mul i64 %1013, 6
	%1025 = add i64 %1024, 0
	%1026 = getelementptr inbounds float, float* %997, i64 %1025
	%1027 = load float, float* %1026, align 4
	%1028 = insertelement <8 x float> undef, float %1027, i64 0
	%1029 = shufflevector <8 x float> %1028, <8 x float> undef, <8 x i32> zeroinitializer
	%1030 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1029, <8 x float> %1018, <8 x float> %999)
	%1031 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1029, <8 x float> %1023, <8 x float> %1000)
	%1032 = add i64 %1024, 1
	%1033 = getelementptr inbounds float, float* %997, i64 %1032
	%1034 = load float, float* %1033, align 4
	%1035 = insertelement <8 x float> undef, float %1034, i64 0
	%1036 = shufflevector <8 x float> %1035, <8 x float> undef, <8 x i32> zeroinitializer
	%1037 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1036, <8 x float> %1018, <8 x float> %1001)
	%1038 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1036, <8 x float> %1023, <8 x float> %1002)
	%1039 = add i64 %1024, 2
	%1040 = getelementptr inbounds float, float* %997, i64 %1039
	%1041 = load float, float* %1040, align 4
	%1042 = insertelement <8 x float> undef, float %1041, i64 0
	%1043 = shufflevector <8 x float> %1042, <8 x float> undef, <8 x i32> zeroinitializer
	%1044 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1043, <8 x float> %1018, <8 x float> %1003)
	%1045 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1043, <8 x float> %1023, <8 x float> %1004)
	%1046 = add i64 %1024, 3
	%1047 = getelementptr inbounds float, float* %997, i64 %1046
	%1048 = load float, float* %1047, align 4
	%1049 = insertelement <8 x float> undef, float %1048, i64 0
	%1050 = shufflevector <8 x float> %1049, <8 x float> undef, <8 x i32> zeroinitializer
	%1051 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1050, <8 x float> %1018, <8 x float> %1005)
	%1052 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1050, <8 x float> %1023, <8 x float> %1006)
	%1053 = add i64 %1024, 4
	%1054 = getelementptr inbounds float, float* %997, i64 %1053
	%1055 = load float, float* %1054, align 4
	%1056 = insertelement <8 x float> undef, float %1055, i64 0
	%1057 = shufflevector <8 x float> %1056, <8 x float> undef, <8 x i32> zeroinitializer
	%1058 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1057, <8 x float> %1018, <8 x float> %1007)
	%1059 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1057, <8 x float> %1023, <8 x float> %1008)
	%1060 = add i64 %1024, 5
	%1061 = getelementptr inbounds float, float* %997, i64 %1060
	%1062 = load float, float* %1061, align 4
	%1063 = insertelement <8 x float> undef, float %1062, i64 0
	%1064 = shufflevector <8 x float> %1063, <8 x float> undef, <8 x i32> zeroinitializer
	%1065 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1064, <8 x float> %1018, <8 x float> %1009)
	%1066 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1064, <8 x float> %1023, <8 x float> %1010)
	%1067 = mul i64 %998, 2
	%1068 = add i64 %1067, 1
	%1069 = mul i64 %1068, 16
	%1070 = add i64 %1069, 0
	%1071 = getelementptr inbounds float, float* %20, i64 %1070
	%1072 = bitcast float* %1071 to <8 x float>*
	%1073 = load <8 x float>, <8 x float>* %1072, align 4
	%1074 = mul i64 %1068, 16
	%1075 = add i64 %1074, 8
	%1076 = getelementptr inbounds float, float* %20, i64 %1075
	%1077 = bitcast float* %1076 to <8 x float>*
	%1078 = load <8 x float>, <8 x float>* %1077, align 4
	%1079 = mul i64 %1068, 6
	%1080 = add i64 %1079, 0
	%1081 = getelementptr inbounds float, float* %997, i64 %1080
	%1082 = load float, float* %1081, align 4
	%1083 = insertelement <8 x float> undef, float %1082, i64 0
	%1084 = shufflevector <8 x float> %1083, <8 x float> undef, <8 x i32> zeroinitializer
	%1085 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1084, <8 x float> %1073, <8 x float> %1030)
	%1086 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1084, <8 x float> %1078, <8 x float> %1031)
	%1087 = add i64 %1079, 1
	%1088 = getelementptr inbounds float, float* %997, i64 %1087
	%1089 = load float, float* %1088, align 4
	%1090 = insertelement <8 x float> undef, float %1089, i64 0
	%1091 = shufflevector <8 x float> %1090, <8 x float> undef, <8 x i32> zeroinitializer
	%1092 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1091, <8 x float> %1073, <8 x float> %1037)
	%1093 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1091, <8 x float> %1078, <8 x float> %1038)
	%1094 = add i64 %1079, 2
	%1095 = getelementptr inbounds float, float* %997, i64 %1094
	%1096 = load float, float* %1095, align 4
	%1097 = insertelement <8 x float> undef, float %1096, i64 0
	%1098 = shufflevector <8 x float> %1097, <8 x float> undef, <8 x i32> zeroinitializer
	%1099 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1098, <8 x float> %1073, <8 x float> %1044)
	%1100 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1098, <8 x float> %1078, <8 x float> %1045)
	%1101 = add i64 %1079, 3
	%1102 = getelementptr inbounds float, float* %997, i64 %1101
	%1103 = load float, float* %1102, align 4
	%1104 = insertelement <8 x float> undef, float %1103, i64 0
	%1105 = shufflevector <8 x float> %1104, <8 x float> undef, <8 x i32> zeroinitializer
	%1106 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1105, <8 x float> %1073, <8 x float> %1051)
	%1107 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1105, <8 x float> %1078, <8 x float> %1052)
	%1108 = add i64 %1079, 4
	%1109 = getelementptr inbounds float, float* %997, i64 %1108
	%1110 = load float, float* %1109, align 4
	%1111 = insertelement <8 x float> undef, float %1110, i64 0
	%1112 = shufflevector <8 x float> %1111, <8 x float> undef, <8 x i32> zeroinitializer
	%1113 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1112, <8 x float> %1073, <8 x float> %1058)
	%1114 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1112, <8 x float> %1078, <8 x float> %1059)
	%1115 = add i64 %1079, 5
	%1116 = getelementptr inbounds float, float* %997, i64 %1115
	%1117 = load float, float* %1116, align 4
	%1118 = insertelement <8 x float> undef, float %1117, i64 0
	%1119 = shufflevector <8 x float> %1118, <8 x float> undef, <8 x i32> zeroinitializer
	%1120 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1119, <8 x float> %1073, <8 x float> %1065)
	%1121 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1119, <8 x float> %1078, <8 x float> %1066)
	%1122 = add i64 %998, 1
	br label %loop36

done38:
	%1123 = add i64 %170, 0
	%1124 = mul i64 %1123, 32
	%1125 = add i64 %172, 0
	%1126 = add i64 %1124, %1125
	%1127 = getelementptr inbounds float, float* %4, i64 %1126
	%1128 = bitcast float* %1127 to <8 x float>*
	%1129 = icmp slt i64 %990, 8
	%1130 = select i1 %1129, i64 %990, i64 8
	%1131 = icmp sgt i64 %1130, 0
	%1132 = select i1 %1131, i64 %1130, i64 0
	%1133 = trunc i64 %1132 to i32
	%1134 = insertelement <8 x i32> undef, i32 %1133, i64 0
	%1135 = shufflevector <8 x i32> %1134, <8 x i32> undef, <8 x i32> zeroinitializer
	%1136 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1135
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %999, <8 x float>* %1128, i32 4, <8 x i1> %1136)
	%1137 = add i64 %170, 0
	%1138 = mul i64 %1137, 32
	%1139 = add i64 %172, 8
	%1140 = add i64 %1138, %1139
	%1141 = getelementptr inbounds float, float* %4, i64 %1140
	%1142 = bitcast float* %1141 to <8 x float>*
	%1143 = icmp slt i64 %991, 8
	%1144 = select i1 %1143, i64 %991, i64 8
	%1145 = icmp sgt i64 %1144, 0
	%1146 = select i1 %1145, i64 %1144, i64 0
	%1147 = trunc i64 %1146 to i32
	%1148 = insertelement <8 x i32> undef, i32 %1147, i64 0
	%1149 = shufflevector <8 x i32> %1148, <8 x i32> undef, <8 x i32> zeroinitializer
	%1150 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1149
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1000, <8 x float>* %1142, i32 4, <8 x i1> %1150)
	%1151 = icmp slt i64 1, %171
	br i1 %1151, label %then39, label %join40

then39:
	%1152 = icmp slt i64 1, %171
	%1153 = select i1 %1152, i64 1, i64 0
	%1154 = add i64 %170, %1153
	%1155 = mul i64 %1154, 32
	%1156 = add i64 %172, 0
	%1157 = add i64 %1155, %1156
	%1158 = getelementptr inbounds float, float* %4, i64 %1157
	%1159 = bitcast float* %1158 to <8 x float>*
	%1160 = icmp slt i64 %990, 8
	%1161 = select i1 %1160, i64 %990, i64 8
	%1162 = icmp sgt i64 %1161, 0
	%1163 = select i1 %1162, i64 %1161, i64 0
	%1164 = trunc i64 %1163 to i32
	%1165 = insertelement <8 x i32> undef, i32 %1164, i64 0
	%1166 = shufflevector <8 x i32> %1165, <8 x i32> undef, <8 x i32> zeroinitializer
	%1167 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1166
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1001, <8 x float>* %1159, i32 4, <8 x i1> %1167)
	%1168 = icmp slt i64 1, %171
	%1169 = select i1 %1168, i64 1, i64 0
	%1170 = add i64 %170, %1169
	%1171 = mul i64 %1170, 32
	%1172 = add i64 %172, 8
	%1173 = add i64 %1171, %1172
	%1174 = getelementptr inbounds float, float* %4, i64 %1173
	%1175 = bitcast float* %1174 to <8 x float>*
	%1176 = icmp slt i64 %991, 8
	%1177 = select i1 %1176, i64 %991, i64 8
	%1178 = icmp sgt i64 %1177, 0
	%1179 = select i1 %1178, i64 %1177, i64 0
	%1180 = trunc i64 %1179 to i32
	%1181 = insertelement <8 x i32> undef, i32 %1180, i64 0
	%1182 = shufflevector <8 x i32> %1181, <8 x i32> undef, <8 x i32> zeroinitializer
	%1183 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1182
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1002, <8 x float>* %1175, i32 4, <8 x i1> %1183)
	br label %join40

join40:
	%1184 = icmp slt i64 2, %171
	br i1 %1184, label %then41, label %join42

then41:
	%1185 = icmp slt i64 2, %171
	%1186 = select i1 %1185, i64 2, i64 0
	%1187 = add i64 %170, %1186
	%1188 = mul i64 %1187, 32
	%1189 = add i64 %172, 0
	%1190 = add i64 %1188, %1189
	%1191 = getelementptr inbounds float, float* %4, i64 %1190
	%1192 = bitcast float* %1191 to <8 x float>*
	%1193 = icmp slt i64 %990, 8
	%1194 = select i1 %1193, i64 %990, i64 8
	%1195 = icmp sgt i64 %1194, 0
	%1196 = select i1 %1195, i64 %1194, i64 0
	%1197 = trunc i64 %1196 to i32
	%1198 = insertelement <8 x i32> undef, i32 %1197, i64 0
	%1199 = shufflevector <8 x i32> %1198, <8 x i32> undef, <8 x i32> zeroinitializer
	%1200 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1199
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1003, <8 x float>* %1192, i32 4, <8 x i1> %1200)
	%1201 = icmp slt i64 2, %171
	%1202 = select i1 %1201, i64 2, i64 0
	%1203 = add i64 %170, %1202
	%1204 = mul i64 %1203, 32
	%1205 = add i64 %172, 8
	%1206 = add i64 %1204, %1205
	%1207 = getelementptr inbounds float, float* %4, i64 %1206
	%1208 = bitcast float* %1207 to <8 x float>*
	%1209 = icmp slt i64 %991, 8
	%1210 = select i1 %1209, i64 %991, i64 8
	%1211 = icmp sgt i64 %1210, 0
	%1212 = select i1 %1211, i64 %1210, i64 0
	%1213 = trunc i64 %1212 to i32
	%1214 = insertelement <8 x i32> undef, i32 %1213, i64 0
	%1215 = shufflevector <8 x i32> %1214, <8 x i32> undef, <8 x i32> zeroinitializer
	%1216 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1215
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1004, <8 x float>* %1208, i32 4, <8 x i1> %1216)
	br label %join42

join42:
	%1217 = icmp slt i64 3, %171
	br i1 %1217, label %then43, label %join44

then43:
	%1218 = icmp slt i64 3, %171
	%1219 = select i1 %1218, i64 3, i64 0
	%1220 = add i64 %170, %1219
	%1221 = mul i64 %1220, 32
	%1222 = add i64 %172, 0
	%1223 = add i64 %1221, %1222
	%1224 = getelementptr inbounds float, float* %4, i64 %1223
	%1225 = bitcast float* %1224 to <8 x float>*
	%1226 = icmp slt i64 %990, 8
	%1227 = select i1 %1226, i64 %990, i64 8
	%1228 = icmp sgt i64 %1227, 0
	%1229 = select i1 %1228, i64 %1227, i64 0
	%1230 = trunc i64 %1229 to i32
	%1231 = insertelement <8 x i32> undef, i32 %1230, i64 0
	%1232 = shufflevector <8 x i32> %1231, <8 x i32> undef, <8 x i32> zeroinitializer
	%1233 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1232
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1005, <8 x float>* %1225, i32 4, <8 x i1> %1233)
	%1234 = icmp slt i64 3, %171
	%1235 = select i1 %1234, i64 3, i64 0
	%1236 = add i64 %170, %1235
	%1237 = mul i64 %1236, 32
	%1238 = add i64 %172, 8
	%1239 = add i64 %1237, %1238
	%1240 = getelementptr inbounds float, float* %4, i64 %1239
	%1241 = bitcast float* %1240 to <8 x float>*
	%1242 = icmp slt i64 %991, 8
	%1243 = select i1 %1242, i64 %991, i64 8
	%1244 = icmp sgt i64 %1243, 0
	%1245 = select i1 %1244, i64 %1243, i64 0
	%1246 = trunc i64 %1245 to i32
	%1247 = insertelement <8 x i32> undef, i32 %1246, i64 0
	%1248 = shufflevector <8 x i32> %1247, <8 x i32> undef, <8 x i32> zeroinitializer
	%1249 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1248
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1006, <8 x float>* %1241, i32 4, <8 x i1> %1249)
	br label %join44

join44:
	%1250 = icmp slt i64 4, %171
	br i1 %1250, label %then45, label %join46

then45:
	%1251 = icmp slt i64 4, %171
	%1252 = select i1 %1251, i64 4, i64 0
	%1253 = add i64 %170, %1252
	%1254 = mul i64 %1253, 32
	%1255 = add i64 %172, 0
	%1256 = add i64 %1254, %1255
	%1257 = getelementptr inbounds float, float* %4, i64 %1256
	%1258 = bitcast float* %1257 to <8 x float>*
	%1259 = icmp slt i64 %990, 8
	%1260 = select i1 %1259, i64 %990, i64 8
	%1261 = icmp sgt i64 %1260, 0
	%1262 = select i1 %1261, i64 %1260, i64 0
	%1263 = trunc i64 %1262 to i32
	%1264 = insertelement <8 x i32> undef, i32 %1263, i64 0
	%1265 = shufflevector <8 x i32> %1264, <8 x i32> undef, <8 x i32> zeroinitializer
	%1266 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1265
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1007, <8 x float>* %1258, i32 4, <8 x i1> %1266)
	%1267 = icmp slt i64 4, %171
	%1268 = select i1 %1267, i64 4, i64 0
	%1269 = add i64 %170, %1268
	%1270 = mul i64 %1269, 32
	%1271 = add i64 %172, 8
	%1272 = add i64 %1270, %1271
	%1273 = getelementptr inbounds float, float* %4, i64 %1272
	%1274 = bitcast float* %1273 to <8 x float>*
	%1275 = icmp slt i64 %991, 8
	%1276 = select i1 %1275, i64 %991, i64 8
	%1277 = icmp sgt i64 %1276, 0
	%1278 = select i1 %1277, i64 %1276, i64 0
	%1279 = trunc i64 %1278 to i32
	%1280 = insertelement <8 x i32> undef, i32 %1279, i64 0
	%1281 = shufflevector <8 x i32> %1280, <8 x i32> undef, <8 x i32> zeroinitializer
	%1282 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1281
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1008, <8 x float>* %1274, i32 4, <8 x i1> %1282)
	br label %join46

join46:
	%1283 = icmp slt i64 5, %171
	br i1 %1283, label %then47, label %join48

then47:
	%1284 = icmp slt i64 5, %171
	%1285 = select i1 %1284, i64 5, i64 0
	%1286 = add i64 %170, %1285
	%1287 = mul i64 %1286, 32
	%1288 = add i64 %172, 0
	%1289 = add i64 %1287, %1288
	%1290 = getelementptr inbounds float, float* %4, i64 %1289
	%1291 = bitcast float* %1290 to <8 x float>*
	%1292 = icmp slt i64 %990, 8
	%1293 = select i1 %1292, i64 %990, i64 8
	%1294 = icmp sgt i64 %1293, 0
	%1295 = select i1 %1294, i64 %1293, i64 0
	%1296 = trunc i64 %1295 to i32
	%1297 = insertelement <8 x i32> undef, i32 %1296, i64 0
	%1298 = shufflevector <8 x i32> %1297, <8 x i32> undef, <8 x i32> zeroinitializer
	%1299 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1298
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1009, <8 x float>* %1291, i32 4, <8 x i1> %1299)
	%1300 = icmp slt i64 5, %171
	%1301 = select i1 %1300, i64 5, i64 0
	%1302 = add i64 %170, %1301
	%1303 = mul i64 %1302, 32
	%1304 = add i64 %172, 8
	%1305 = add i64 %1303, %1304
	%1306 = getelementptr inbounds float, float* %4, i64 %1305
	%1307 = bitcast float* %1306 to <8 x float>*
	%1308 = icmp slt i64 %991, 8
	%1309 = select i1 %1308, i64 %991, i64 8
	%1310 = icmp sgt i64 %1309, 0
	%1311 = select i1 %1310, i64 %1309, i64 0
	%1312 = trunc i64 %1311 to i32
	%1313 = insertelement <8 x i32> undef, i32 %1312, i64 0
	%1314 = shufflevector <8 x i32> %1313, <8 x i32> undef, <8 x i32> zeroinitializer
	%1315 = icmp slt <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, %1314
	call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %1010, <8 x float>* %1307, i32 4, <8 x i1> %1315)
	br label %join48

join48:
	br label %join35

join35:
	%1316 = add i64 %172, 16
	br label %loop14

done49:
	%1317 = add i64 %31, 1
	br label %loop6

done50:
	br label %join4

then51:
	%1318 = sub i64 %17, %14
	%1319 = sdiv i64 %1318, 8
	%1320 = mul i64 %1319, 8
	%1321 = add i64 %14, %1320
	br label %loop54

else53:
	%1322 = sdiv i64 %12, 4
	%1323 = mul i64 %1322, 4
	br label %loop60

loop54:
	%1324 = phi i64 [ %14, %then51 ], [ %1631, %body55 ]
	%1325 = icmp slt i64 %1324, %1321
	br i1 %1325, label %body55, label %done56

body55:
	%1326 = add i64 %1324, 0
	%1327 = sub i64 %1326, 0
	%1328 = mul i64 %1327, 24
	%1329 = getelementptr inbounds i16, i16* %10, i64 %1328
	%1330 = add i64 %1324, 1
	%1331 = sub i64 %1330, 0
	%1332 = mul i64 %1331, 24
	%1333 = getelementptr inbounds i16, i16* %10, i64 %1332
	%1334 = add i64 %1324, 2
	%1335 = sub i64 %1334, 0
	%1336 = mul i64 %1335, 24
	%1337 = getelementptr inbounds i16, i16* %10, i64 %1336
	%1338 = add i64 %1324, 3
	%1339 = sub i64 %1338, 0
	%1340 = mul i64 %1339, 24
	%1341 = getelementptr inbounds i16, i16* %10, i64 %1340
	%1342 = add i64 %1324, 4
	%1343 = sub i64 %1342, 0
	%1344 = mul i64 %1343, 24
	%1345 = getelementptr inbounds i16, i16* %10, i64 %1344
	%1346 = add i64 %1324, 5
	%1347 = sub i64 %1346, 0
	%1348 = mul i64 %1347, 24
	%1349 = getelementptr inbounds i16, i16* %10, i64 %1348
	%1350 = add i64 %1324, 6
	%1351 = sub i64 %1350, 0
	%1352 = mul i64 %1351, 24
	%1353 = getelementptr inbounds i16, i16* %10, i64 %1352
	%1354 = add i64 %1324, 7
	%1355 = sub i64 %1354, 0
	%1356 = mul i64 %1355, 24
	%1357 = getelementptr inbounds i16, i16* %10, i64 %1356
	%1358 = getelementptr inbounds float, float* %7, i64 0
	%1359 = bitcast float* %1358 to <8 x float>*
	%1360 = load <8 x float>, <8 x float>* %1359, align 4
	%1361 = getelementptr inbounds i16, i16* %1329, i64 0
	%1362 = bitcast i16* %1361 to <8 x i16>*
	%1363 = load <8 x i16>, <8 x i16>* %1362, align 2
	%1364 = zext <8 x i16> %1363 to <8 x i32>
	%1365 = shl <8 x i32> %1364, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1366 = bitcast <8 x i32> %1365 to <8 x float>
	%1367 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1366, <8 x float> %1360, <8 x float> zeroinitializer)
	%1368 = getelementptr inbounds i16, i16* %1333, i64 0
	%1369 = bitcast i16* %1368 to <8 x i16>*
	%1370 = load <8 x i16>, <8 x i16>* %1369, align 2
	%1371 = zext <8 x i16> %1370 to <8 x i32>
	%1372 = shl <8 x i32> %1371, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1373 = bitcast <8 x i32> %1372 to <8 x float>
	%1374 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1373, <8 x float> %1360, <8 x float> zeroinitializer)
	%1375 = getelementptr inbounds i16, i16* %1337, i64 0
	%1376 = bitcast i16* %1375 to <8 x i16>*
	%1377 = load <8 x i16>, <8 x i16>* %1376, align 2
	%1378 = zext <8 x i16> %1377 to <8 x i32>
	%1379 = shl <8 x i32> %1378, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1380 = bitcast <8 x i32> %1379 to <8 x float>
	%1381 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1380, <8 x float> %1360, <8 x float> zeroinitializer)
	%1382 = getelementptr inbounds i16, i16* %1341, i64 0
	%1383 = bitcast i16* %1382 to <8 x i16>*
	%1384 = load <8 x i16>, <8 x i16>* %1383, align 2
	%1385 = zext <8 x i16> %1384 to <8 x i32>
	%1386 = shl <8 x i32> %1385, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1387 = bitcast <8 x i32> %1386 to <8 x float>
	%1388 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1387, <8 x float> %1360, <8 x float> zeroinitializer)
	%1389 = getelementptr inbounds i16, i16* %1345, i64 0
	%1390 = bitcast i16* %1389 to <8 x i16>*
	%1391 = load <8 x i16>, <8 x i16>* %1390, align 2
	%1392 = zext <8 x i16> %1391 to <8 x i32>
	%1393 = shl <8 x i32> %1392, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1394 = bitcast <8 x i32> %1393 to <8 x float>
	%1395 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1394, <8 x float> %1360, <8 x float> zeroinitializer)
	%1396 = getelementptr inbounds i16, i16* %1349, i64 0
	%1397 = bitcast i16* %1396 to <8 x i16>*
	%1398 = load <8 x i16>, <8 x i16>* %1397, align 2
	%1399 = zext <8 x i16> %1398 to <8 x i32>
	%1400 = shl <8 x i32> %1399, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1401 = bitcast <8 x i32> %1400 to <8 x float>
	%1402 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1401, <8 x float> %1360, <8 x float> zeroinitializer)
	%1403 = getelementptr inbounds i16, i16* %1353, i64 0
	%1404 = bitcast i16* %1403 to <8 x i16>*
	%1405 = load <8 x i16>, <8 x i16>* %1404, align 2
	%1406 = zext <8 x i16> %1405 to <8 x i32>
	%1407 = shl <8 x i32> %1406, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1408 = bitcast <8 x i32> %1407 to <8 x float>
	%1409 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1408, <8 x float> %1360, <8 x float> zeroinitializer)
	%1410 = getelementptr inbounds i16, i16* %1357, i64 0
	%1411 = bitcast i16* %1410 to <8 x i16>*
	%1412 = load <8 x i16>, <8 x i16>* %1411, align 2
	%1413 = zext <8 x i16> %1412 to <8 x i32>
	%1414 = shl <8 x i32> %1413, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1415 = bitcast <8 x i32> %1414 to <8 x float>
	%1416 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1415, <8 x float> %1360, <8 x float> zeroinitializer)
	%1417 = getelementptr inbounds float, float* %7, i64 8
	%1418 = bitcast float* %1417 to <8 x float>*
	%1419 = load <8 x float>, <8 x float>* %1418, align 4
	%1420 = getelementptr inbounds i16, i16* %1329, i64 8
	%1421 = bitcast i16* %1420 to <8 x i16>*
	%1422 = load <8 x i16>, <8 x i16>* %1421, align 2
	%1423 = zext <8 x i16> %1422 to <8 x i32>
	%1424 = shl <8 x i32> %1423, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1425 = bitcast <8 x i32> %1424 to <8 x float>
	%1426 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1425, <8 x float> %1419, <8 x float> %1367)
	%1427 = getelementptr inbounds i16, i16* %1333, i64 8
	%1428 = bitcast i16* %1427 to <8 x i16>*
	%1429 = load <8 x i16>, <8 x i16>* %1428, align 2
	%1430 = zext <8 x i16> %1429 to <8 x i32>
	%1431 = shl <8 x i32> %1430, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1432 = bitcast <8 x i32> %1431 to <8 x float>
	%1433 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1432, <8 x float> %1419, <8 x float> %1374)
	%1434 = getelementptr inbounds i16, i16* %1337, i64 8
	%1435 = bitcast i16* %1434 to <8 x i16>*
	%1436 = load <8 x i16>, <8 x i16>* %1435, align 2
	%1437 = zext <8 x i16> %1436 to <8 x i32>
	%1438 = shl <8 x i32> %1437, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1439 = bitcast <8 x i32> %1438 to <8 x float>
	%1440 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1439, <8 x float> %1419, <8 x float> %1381)
	%1441 = getelementptr inbounds i16, i16* %1341, i64 8
	%1442 = bitcast i16* %1441 to <8 x i16>*
	%1443 = load <8 x i16>, <8 x i16>* %1442, align 2
	%1444 = zext <8 x i16> %1443 to <8 x i32>
	%1445 = shl <8 x i32> %1444, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1446 = bitcast <8 x i32> %1445 to <8 x float>
	%1447 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1446, <8 x float> %1419, <8 x float> %1388)
	%1448 = getelementptr inbounds i16, i16* %1345, i64 8
	%1449 = bitcast i16* %1448 to <8 x i16>*
	%1450 = load <8 x i16>, <8 x i16>* %1449, align 2
	%1451 = zext <8 x i16> %1450 to <8 x i32>
	%1452 = shl <8 x i32> %1451, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1453 = bitcast <8 x i32> %1452 to <8 x float>
	%1454 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1453, <8 x float> %1419, <8 x float> %1395)
	%1455 = getelementptr inbounds i16, i16* %1349, i64 8
	%1456 = bitcast i16* %1455 to <8 x i16>*
	%1457 = load <8 x i16>, <8 x i16>* %1456, align 2
	%1458 = zext <8 x i16> %1457 to <8 x i32>
	%1459 = shl <8 x i32> %1458, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1460 = bitcast <8 x i32> %1459 to <8 x float>
	%1461 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1460, <8 x float> %1419, <8 x float> %1402)
	%1462 = getelementptr inbounds i16, i16* %1353, i64 8
	%1463 = bitcast i16* %1462 to <8 x i16>*
	%1464 = load <8 x i16>, <8 x i16>* %1463, align 2
	%1465 = zext <8 x i16> %1464 to <8 x i32>
	%1466 = shl <8 x i32> %1465, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1467 = bitcast <8 x i32> %1466 to <8 x float>
	%1468 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1467, <8 x float> %1419, <8 x float> %1409)
	%1469 = getelementptr inbounds i16, i16* %1357, i64 8
	%1470 = bitcast i16* %1469 to <8 x i16>*
	%1471 = load <8 x i16>, <8 x i16>* %1470, align 2
	%1472 = zext <8 x i16> %1471 to <8 x i32>
	%1473 = shl <8 x i32> %1472, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1474 = bitcast <8 x i32> %1473 to <8 x float>
	%1475 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1474, <8 x float> %1419, <8 x float> %1416)
	%1476 = getelementptr inbounds float, float* %7, i64 16
	%1477 = bitcast float* %1476 to <8 x float>*
	%1478 = load <8 x float>, <8 x float>* %1477, align 4
	%1479 = getelementptr inbounds i16, i16* %1329, i64 16
	%1480 = bitcast i16* %1479 to <8 x i16>*
	%1481 = load <8 x i16>, <8 x i16>* %1480, align 2
	%1482 = zext <8 x i16> %1481 to <8 x i32>
	%1483 = shl <8 x i32> %1482, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1484 = bitcast <8 x i32> %1483 to <8 x float>
	%1485 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1484, <8 x float> %1478, <8 x float> %1426)
	%1486 = getelementptr inbounds i16, i16* %1333, i64 16
	%1487 = bitcast i16* %1486 to <8 x i16>*
	%1488 = load <8 x i16>, <8 x i16>* %1487, align 2
	%1489 = zext <8 x i16> %1488 to <8 x i32>
	%1490 = shl <8 x i32> %1489, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1491 = bitcast <8 x i32> %1490 to <8 x float>
	%1492 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1491, <8 x float> %1478, <8 x float> %1433)
	%1493 = getelementptr inbounds i16, i16* %1337, i64 16
	%1494 = bitcast i16* %1493 to <8 x i16>*
	%1495 = load <8 x i16>, <8 x i16>* %1494, align 2
	%1496 = zext <8 x i16> %1495 to <8 x i32>
	%1497 = shl <8 x i32> %1496, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1498 = bitcast <8 x i32> %1497 to <8 x float>
	%1499 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1498, <8 x float> %1478, <8 x float> %1440)
	%1500 = getelementptr inbounds i16, i16* %1341, i64 16
	%1501 = bitcast i16* %1500 to <8 x i16>*
	%1502 = load <8 x i16>, <8 x i16>* %1501, align 2
	%1503 = zext <8 x i16> %1502 to <8 x i32>
	%1504 = shl <8 x i32> %1503, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1505 = bitcast <8 x i32> %1504 to <8 x float>
	%1506 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1505, <8 x float> %1478, <8 x float> %1447)
	%1507 = getelementptr inbounds i16, i16* %1345, i64 16
	%1508 = bitcast i16* %1507 to <8 x i16>*
	%1509 = load <8 x i16>, <8 x i16>* %1508, align 2
	%1510 = zext <8 x i16> %1509 to <8 x i32>
	%1511 = shl <8 x i32> %1510, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1512 = bitcast <8 x i32> %1511 to <8 x float>
	%1513 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1512, <8 x float> %1478, <8 x float> %1454)
	%1514 = getelementptr inbounds i16, i16* %1349, i64 16
	%1515 = bitcast i16* %1514 to <8 x i16>*
	%1516 = load <8 x i16>, <8 x i16>* %1515, align 2
	%1517 = zext <8 x i16> %1516 to <8 x i32>
	%1518 = shl <8 x i32> %1517, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1519 = bitcast <8 x i32> %1518 to <8 x float>
	%1520 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1519, <8 x float> %1478, <8 x float> %1461)
	%1521 = getelementptr inbounds i16, i16* %1353, i64 16
	%1522 = bitcast i16* %1521 to <8 x i16>*
	%1523 = load <8 x i16>, <8 x i16>* %1522, align 2
	%1524 = zext <8 x i16> %1523 to <8 x i32>
	%1525 = shl <8 x i32> %1524, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1526 = bitcast <8 x i32> %1525 to <8 x float>
	%1527 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1526, <8 x float> %1478, <8 x float> %1468)
	%1528 = getelementptr inbounds i16, i16* %1357, i64 16
	%1529 = bitcast i16* %1528 to <8 x i16>*
	%1530 = load <8 x i16>, <8 x i16>* %1529, align 2
	%1531 = zext <8 x i16> %1530 to <8 x i32>
	%1532 = shl <8 x i32> %1531, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1533 = bitcast <8 x i32> %1532 to <8 x float>
	%1534 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1533, <8 x float> %1478, <8 x float> %1475)
	%1535 = add i64 %1324, 0
	%1536 = shufflevector <8 x float> %1485, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1537 = shufflevector <8 x float> %1485, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1538 = fadd <4 x float> %1536, %1537
	%1539 = shufflevector <4 x float> %1538, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1540 = shufflevector <4 x float> %1538, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1541 = fadd <2 x float> %1539, %1540
	%1542 = shufflevector <2 x float> %1541, <2 x float> undef, <1 x i32> <i32 0>
	%1543 = shufflevector <2 x float> %1541, <2 x float> undef, <1 x i32> <i32 1>
	%1544 = fadd <1 x float> %1542, %1543
	%1545 = extractelement <1 x float> %1544, i64 0
	%1546 = getelementptr inbounds float, float* %4, i64 %1535
	store float %1545, float* %1546, align 4
	%1547 = add i64 %1324, 1
	%1548 = shufflevector <8 x float> %1492, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1549 = shufflevector <8 x float> %1492, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1550 = fadd <4 x float> %1548, %1549
	%1551 = shufflevector <4 x float> %1550, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1552 = shufflevector <4 x float> %1550, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1553 = fadd <2 x float> %1551, %1552
	%1554 = shufflevector <2 x float> %1553, <2 x float> undef, <1 x i32> <i32 0>
	%1555 = shufflevector <2 x float> %1553, <2 x float> undef, <1 x i32> <i32 1>
	%1556 = fadd <1 x float> %1554, %1555
	%1557 = extractelement <1 x float> %1556, i64 0
	%1558 = getelementptr inbounds float, float* %4, i64 %1547
	store float %1557, float* %1558, align 4
	%1559 = add i64 %1324, 2
	%1560 = shufflevector <8 x float> %1499, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1561 = shufflevector <8 x float> %1499, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1562 = fadd <4 x float> %1560, %1561
	%1563 = shufflevector <4 x float> %1562, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1564 = shufflevector <4 x float> %1562, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1565 = fadd <2 x float> %1563, %1564
	%1566 = shufflevector <2 x float> %1565, <2 x float> undef, <1 x i32> <i32 0>
	%1567 = shufflevector <2 x float> %1565, <2 x float> undef, <1 x i32> <i32 1>
	%1568 = fadd <1 x float> %1566, %1567
	%1569 = extractelement <1 x float> %1568, i64 0
	%1570 = getelementptr inbounds float, float* %4, i64 %1559
	store float %1569, float* %1570, align 4
	%1571 = add i64 %1324, 3
	%1572 = shufflevector <8 x float> %1506, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1573 = shufflevector <8 x float> %1506, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1574 = fadd <4 x float> %1572, %1573
	%1575 = shufflevector <4 x float> %1574, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1576 = shufflevector <4 x float> %1574, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1577 = fadd <2 x float> %1575, %1576
	%1578 = shufflevector <2 x float> %1577, <2 x float> undef, <1 x i32> <i32 0>
	%1579 = shufflevector <2 x float> %1577, <2 x float> undef, <1 x i32> <i32 1>
	%1580 = fadd <1 x float> %1578, %1579
	%1581 = extractelement <1 x float> %1580, i64 0
	%1582 = getelementptr inbounds float, float* %4, i64 %1571
	store float %1581, float* %1582, align 4
	%1583 = add i64 %1324, 4
	%1584 = shufflevector <8 x float> %1513, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1585 = shufflevector <8 x float> %1513, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1586 = fadd <4 x float> %1584, %1585
	%1587 = shufflevector <4 x float> %1586, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1588 = shufflevector <4 x float> %1586, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1589 = fadd <2 x float> %1587, %1588
	%1590 = shufflevector <2 x float> %1589, <2 x float> undef, <1 x i32> <i32 0>
	%1591 = shufflevector <2 x float> %1589, <2 x float> undef, <1 x i32> <i32 1>
	%1592 = fadd <1 x float> %1590, %1591
	%1593 = extractelement <1 x float> %1592, i64 0
	%1594 = getelementptr inbounds float, float* %4, i64 %1583
	store float %1593, float* %1594, align 4
	%1595 = add i64 %1324, 5
	%1596 = shufflevector <8 x float> %1520, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1597 = shufflevector <8 x float> %1520, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1598 = fadd <4 x float> %1596, %1597
	%1599 = shufflevector <4 x float> %1598, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1600 = shufflevector <4 x float> %1598, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1601 = fadd <2 x float> %1599, %1600
	%1602 = shufflevector <2 x float> %1601, <2 x float> undef, <1 x i32> <i32 0>
	%1603 = shufflevector <2 x float> %1601, <2 x float> undef, <1 x i32> <i32 1>
	%1604 = fadd <1 x float> %1602, %1603
	%1605 = extractelement <1 x float> %1604, i64 0
	%1606 = getelementptr inbounds float, float* %4, i64 %1595
	store float %1605, float* %1606, align 4
	%1607 = add i64 %1324, 6
	%1608 = shufflevector <8 x float> %1527, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1609 = shufflevector <8 x float> %1527, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1610 = fadd <4 x float> %1608, %1609
	%1611 = shufflevector <4 x float> %1610, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1612 = shufflevector <4 x float> %1610, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1613 = fadd <2 x float> %1611, %1612
	%1614 = shufflevector <2 x float> %1613, <2 x float> undef, <1 x i32> <i32 0>
	%1615 = shufflevector <2 x float> %1613, <2 x float> undef, <1 x i32> <i32 1>
	%1616 = fadd <1 x float> %1614, %1615
	%1617 = extractelement <1 x float> %1616, i64 0
	%1618 = getelementptr inbounds float, float* %4, i64 %1607
	store float %1617, float* %1618, align 4
	%1619 = add i64 %1324, 7
	%1620 = shufflevector <8 x float> %1534, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1621 = shufflevector <8 x float> %1534, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1622 = fadd <4 x float> %1620, %1621
	%1623 = shufflevector <4 x float> %1622, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1624 = shufflevector <4 x float> %1622, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1625 = fadd <2 x float> %1623, %1624
	%1626 = shufflevector <2 x float> %1625, <2 x float> undef, <1 x i32> <i32 0>
	%1627 = shufflevector <2 x float> %1625, <2 x float> undef, <1 x i32> <i32 1>
	%1628 = fadd <1 x float> %1626, %1627
	%1629 = extractelement <1 x float> %1628, i64 0
	%1630 = getelementptr inbounds float, float* %4, i64 %1619
	store float %1629, float* %1630, align 4
	%1631 = add i64 %1324, 8
	br label %loop54

done56:
	br label %loop57

loop57:
	%1632 = phi i64 [ %1321, %done56 ], [ %1680, %body58 ]
	%1633 = icmp slt i64 %1632, %17
	br i1 %1633, label %body58, label %done59

body58:
	%1634 = add i64 %1632, 0
	%1635 = sub i64 %1634, 0
	%1636 = mul i64 %1635, 24
	%1637 = getelementptr inbounds i16, i16* %10, i64 %1636
	%1638 = getelementptr inbounds float, float* %7, i64 0
	%1639 = bitcast float* %1638 to <8 x float>*
	%1640 = load <8 x float>, <8 x float>* %1639, align 4
	%1641 = getelementptr inbounds i16, i16* %1637, i64 0
	%1642 = bitcast i16* %1641 to <8 x i16>*
	%1643 = load <8 x i16>, <8 x i16>* %1642, align 2
	%1644 = zext <8 x i16> %1643 to <8 x i32>
	%1645 = shl <8 x i32> %1644, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1646 = bitcast <8 x i32> %1645 to <8 x float>
	%1647 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1646, <8 x float> %1640, <8 x float> zeroinitializer)
	%1648 = getelementptr inbounds float, float* %7, i64 8
	%1649 = bitcast float* %1648 to <8 x float>*
	%1650 = load <8 x float>, <8 x float>* %1649, align 4
	%1651 = getelementptr inbounds i16, i16* %1637, i64 8
	%1652 = bitcast i16* %1651 to <8 x i16>*
	%1653 = load <8 x i16>, <8 x i16>* %1652, align 2
	%1654 = zext <8 x i16> %1653 to <8 x i32>
	%1655 = shl <8 x i32> %1654, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1656 = bitcast <8 x i32> %1655 to <8 x float>
	%1657 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1656, <8 x float> %1650, <8 x float> %1647)
	%1658 = getelementptr inbounds float, float* %7, i64 16
	%1659 = bitcast float* %1658 to <8 x float>*
	%1660 = load <8 x float>, <8 x float>* %1659, align 4
	%1661 = getelementptr inbounds i16, i16* %1637, i64 16
	%1662 = bitcast i16* %1661 to <8 x i16>*
	%1663 = load <8 x i16>, <8 x i16>* %1662, align 2
	%1664 = zext <8 x i16> %1663 to <8 x i32>
	%1665 = shl <8 x i32> %1664, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1666 = bitcast <8 x i32> %1665 to <8 x float>
	%1667 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1666, <8 x float> %1660, <8 x float> %1657)
	%1668 = add i64 %1632, 0
	%1669 = shufflevector <8 x float> %1667, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1670 = shufflevector <8 x float> %1667, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1671 = fadd <4 x float> %1669, %1670
	%1672 = shufflevector <4 x float> %1671, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1673 = shufflevector <4 x float> %1671, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1674 = fadd <2 x float> %1672, %1673
	%1675 = shufflevector <2 x float> %1674, <2 x float> undef, <1 x i32> <i32 0>
	%1676 = shufflevector <2 x float> %1674, <2 x float> undef, <1 x i32> <i32 1>
	%1677 = fadd <1 x float> %1675, %1676
	%1678 = extractelement <1 x float> %1677, i64 0
	%1679 = getelementptr inbounds float, float* %4, i64 %1668
	store float %1678, float* %1679, align 4
	%1680 = add i64 %1632, 1
	br label %loop57

done59:
	br label %join52

loop60:
	%1681 = phi i64 [ %14, %else53 ], [ %1896, %done70 ]
	%1682 = icmp slt i64 %1681, %17
	br i1 %1682, label %body61, label %done71

body61:
	br label %loop62

loop62:
	%1683 = phi i64 [ 0, %body61 ], [ %1839, %done66 ]
	%1684 = icmp slt i64 %1683, %1323
	br i1 %1684, label %body63, label %done67

body63:
	%1685 = add i64 %1683, 0
	%1686 = mul i64 %1685, 24
	%1687 = getelementptr inbounds float, float* %7, i64 %1686
	%1688 = add i64 %1683, 1
	%1689 = mul i64 %1688, 24
	%1690 = getelementptr inbounds float, float* %7, i64 %1689
	%1691 = add i64 %1683, 2
	%1692 = mul i64 %1691, 24
	%1693 = getelementptr inbounds float, float* %7, i64 %1692
	%1694 = add i64 %1683, 3
	%1695 = mul i64 %1694, 24
	%1696 = getelementptr inbounds float, float* %7, i64 %1695
	%1697 = sub i64 %1681, 0
	%1698 = mul i64 %1697, 24
	%1699 = getelementptr inbounds i16, i16* %10, i64 %1698
	br label %loop64

loop64:
	%1700 = phi i64 [ 0, %body63 ], [ %1756, %body65 ]
	%1701 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1720, %body65 ]
	%1702 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1743, %body65 ]
	%1703 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1724, %body65 ]
	%1704 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1747, %body65 ]
	%1705 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1728, %body65 ]
	%1706 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1751, %body65 ]
	%1707 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1732, %body65 ]
	%1708 = phi <8 x float> [ zeroinitializer, %body63 ], [ %1755, %body65 ]
	%1709 = icmp slt i64 %1700, 16
	br i1 %1709, label %body65, label %done66

body65:
	%1710 = add i64 %1700, 0
	%1711 = getelementptr inbounds i16, i16* %1699, i64 %1710
	%1712 = bitcast i16* %1711 to <8 x i16>*
	%1713 = load <8 x i16>, <8 x i16>* %1712, align 2
	%1714 = zext <8 x i16> %1713 to <8 x i32>
	%1715 = shl <8 x i32> %1714, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1716 = bitcast <8 x i32> %1715 to <8 x float>
	%1717 = getelementptr inbounds float, float* %1687, i64 %1710
	%1718 = bitcast float* %1717 to <8 x float>*
	%1719 = load <8 x float>, <8 x float>* %1718, align 4
	%1720 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1719, <8 x float> %1716, <8 x float> %1701)
	%1721 = getelementptr inbounds float, float* %1690, i64 %1710
	%1722 = bitcast float* %1721 to <8 x float>*
	%1723 = load <8 x float>, <8 x float>* %1722, align 4
	%1724 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1723, <8 x float> %1716, <8 x float> %1703)
	%1725 = getelementptr inbounds float, float* %1693, i64 %1710
	%1726 = bitcast float* %1725 to <8 x float>*
	%1727 = load <8 x float>, <8 x float>* %1726, align 4
	%1728 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1727, <8 x float> %1716, <8 x float> %1705)
	%1729 = getelementptr inbounds float, float* %1696, i64 %1710
	%1730 = bitcast float* %1729 to <8 x float>*
	%1731 = load <8 x float>, <8 x float>* %1730, align 4
	%1732 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1731, <8 x float> %1716, <8 x float> %1707)
	%1733 = add i64 %1700, 8
	%1734 = getelementptr inbounds i16, i16* %1699, i64 %1733
	%1735 = bitcast i16* %1734 to <8 x i16>*
	%1736 = load <8 x i16>, <8 x i16>* %1735, align 2
	%1737 = zext <8 x i16> %1736 to <8 x i32>
	%1738 = shl <8 x i32> %1737, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1739 = bitcast <8 x i32> %1738 to <8 x float>
	%1740 = getelementptr inbounds float, float* %1687, i64 %1733
	%1741 = bitcast float* %1740 to <8 x float>*
	%1742 = load <8 x float>, <8 x float>* %1741, align 4
	%1743 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1742, <8 x float> %1739, <8 x float> %1702)
	%1744 = getelementptr inbounds float, float* %1690, i64 %1733
	%1745 = bitcast float* %1744 to <8 x float>*
	%1746 = load <8 x float>, <8 x float>* %1745, align 4
	%1747 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1746, <8 x float> %1739, <8 x float> %1704)
	%1748 = getelementptr inbounds float, float* %1693, i64 %1733
	%1749 = bitcast float* %1748 to <8 x float>*
	%1750 = load <8 x float>, <8 x float>* %1749, align 4
	%1751 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1750, <8 x float> %1739, <8 x float> %1706)
	%1752 = getelementptr inbounds float, float* %1696, i64 %1733
	%1753 = bitcast float* %1752 to <8 x float>*
	%1754 = load <8 x float>, <8 x float>* %1753, align 4
	%1755 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1754, <8 x float> %1739, <8 x float> %1708)
	%1756 = add i64 %1700, 16
	br label %loop64

done66:
	%1757 = getelementptr inbounds i16, i16* %1699, i64 16
	%1758 = bitcast i16* %1757 to <8 x i16>*
	%1759 = load <8 x i16>, <8 x i16>* %1758, align 2
	%1760 = zext <8 x i16> %1759 to <8 x i32>
	%1761 = shl <8 x i32> %1760, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1762 = bitcast <8 x i32> %1761 to <8 x float>
	%1763 = getelementptr inbounds float, float* %1687, i64 16
	%1764 = bitcast float* %1763 to <8 x float>*
	%1765 = load <8 x float>, <8 x float>* %1764, align 4
	%1766 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1765, <8 x float> %1762, <8 x float> %1701)
	%1767 = getelementptr inbounds float, float* %1690, i64 16
	%1768 = bitcast float* %1767 to <8 x float>*
	%1769 = load <8 x float>, <8 x float>* %1768, align 4
	%1770 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1769, <8 x float> %1762, <8 x float> %1703)
	%1771 = getelementptr inbounds float, float* %1693, i64 16
	%1772 = bitcast float* %1771 to <8 x float>*
	%1773 = load <8 x float>, <8 x float>* %1772, align 4
	%1774 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1773, <8 x float> %1762, <8 x float> %1705)
	%1775 = getelementptr inbounds float, float* %1696, i64 16
	%1776 = bitcast float* %1775 to <8 x float>*
	%1777 = load <8 x float>, <8 x float>* %1776, align 4
	%1778 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1777, <8 x float> %1762, <8 x float> %1707)
	%1779 = fadd <8 x float> %1766, %1702
	%1780 = add i64 %1683, 0
	%1781 = mul i64 %1780, 32
	%1782 = add i64 %1781, %1681
	%1783 = shufflevector <8 x float> %1779, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1784 = shufflevector <8 x float> %1779, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1785 = fadd <4 x float> %1783, %1784
	%1786 = shufflevector <4 x float> %1785, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1787 = shufflevector <4 x float> %1785, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1788 = fadd <2 x float> %1786, %1787
	%1789 = shufflevector <2 x float> %1788, <2 x float> undef, <1 x i32> <i32 0>
	%1790 = shufflevector <2 x float> %1788, <2 x float> undef, <1 x i32> <i32 1>
	%1791 = fadd <1 x float> %1789, %1790
	%1792 = extractelement <1 x float> %1791, i64 0
	%1793 = getelementptr inbounds float, float* %4, i64 %1782
	store float %1792, float* %1793, align 4
	%1794 = fadd <8 x float> %1770, %1704
	%1795 = add i64 %1683, 1
	%1796 = mul i64 %1795, 32
	%1797 = add i64 %1796, %1681
	%1798 = shufflevector <8 x float> %1794, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1799 = shufflevector <8 x float> %1794, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1800 = fadd <4 x float> %1798, %1799
	%1801 = shufflevector <4 x float> %1800, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1802 = shufflevector <4 x float> %1800, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1803 = fadd <2 x float> %1801, %1802
	%1804 = shufflevector <2 x float> %1803, <2 x float> undef, <1 x i32> <i32 0>
	%1805 = shufflevector <2 x float> %1803, <2 x float> undef, <1 x i32> <i32 1>
	%1806 = fadd <1 x float> %1804, %1805
	%1807 = extractelement <1 x float> %1806, i64 0
	%1808 = getelementptr inbounds float, float* %4, i64 %1797
	store float %1807, float* %1808, align 4
	%1809 = fadd <8 x float> %1774, %1706
	%1810 = add i64 %1683, 2
	%1811 = mul i64 %1810, 32
	%1812 = add i64 %1811, %1681
	%1813 = shufflevector <8 x float> %1809, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1814 = shufflevector <8 x float> %1809, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1815 = fadd <4 x float> %1813, %1814
	%1816 = shufflevector <4 x float> %1815, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1817 = shufflevector <4 x float> %1815, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1818 = fadd <2 x float> %1816, %1817
	%1819 = shufflevector <2 x float> %1818, <2 x float> undef, <1 x i32> <i32 0>
	%1820 = shufflevector <2 x float> %1818, <2 x float> undef, <1 x i32> <i32 1>
	%1821 = fadd <1 x float> %1819, %1820
	%1822 = extractelement <1 x float> %1821, i64 0
	%1823 = getelementptr inbounds float, float* %4, i64 %1812
	store float %1822, float* %1823, align 4
	%1824 = fadd <8 x float> %1778, %1708
	%1825 = add i64 %1683, 3
	%1826 = mul i64 %1825, 32
	%1827 = add i64 %1826, %1681
	%1828 = shufflevector <8 x float> %1824, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1829 = shufflevector <8 x float> %1824, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1830 = fadd <4 x float> %1828, %1829
	%1831 = shufflevector <4 x float> %1830, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1832 = shufflevector <4 x float> %1830, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1833 = fadd <2 x float> %1831, %1832
	%1834 = shufflevector <2 x float> %1833, <2 x float> undef, <1 x i32> <i32 0>
	%1835 = shufflevector <2 x float> %1833, <2 x float> undef, <1 x i32> <i32 1>
	%1836 = fadd <1 x float> %1834, %1835
	%1837 = extractelement <1 x float> %1836, i64 0
	%1838 = getelementptr inbounds float, float* %4, i64 %1827
	store float %1837, float* %1838, align 4
	%1839 = add i64 %1683, 4
	br label %loop62

done67:
	br label %loop68

loop68:
	%1840 = phi i64 [ %1323, %done67 ], [ %1895, %body69 ]
	%1841 = icmp slt i64 %1840, %12
	br i1 %1841, label %body69, label %done70

body69:
	%1842 = add i64 %1840, 0
	%1843 = mul i64 %1842, 24
	%1844 = getelementptr inbounds float, float* %7, i64 %1843
	%1845 = sub i64 %1681, 0
	%1846 = mul i64 %1845, 24
	%1847 = getelementptr inbounds i16, i16* %10, i64 %1846
	%1848 = getelementptr inbounds i16, i16* %1847, i64 0
	%1849 = bitcast i16* %1848 to <8 x i16>*
	%1850 = load <8 x i16>, <8 x i16>* %1849, align 2
	%1851 = zext <8 x i16> %1850 to <8 x i32>
	%1852 = shl <8 x i32> %1851, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1853 = bitcast <8 x i32> %1852 to <8 x float>
	%1854 = getelementptr inbounds float, float* %1844, i64 0
	%1855 = bitcast float* %1854 to <8 x float>*
	%1856 = load <8 x float>, <8 x float>* %1855, align 4
	%1857 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1856, <8 x float> %1853, <8 x float> zeroinitializer)
	%1858 = getelementptr inbounds i16, i16* %1847, i64 8
	%1859 = bitcast i16* %1858 to <8 x i16>*
	%1860 = load <8 x i16>, <8 x i16>* %1859, align 2
	%1861 = zext <8 x i16> %1860 to <8 x i32>
	%1862 = shl <8 x i32> %1861, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1863 = bitcast <8 x i32> %1862 to <8 x float>
	%1864 = getelementptr inbounds float, float* %1844, i64 8
	%1865 = bitcast float* %1864 to <8 x float>*
	%1866 = load <8 x float>, <8 x float>* %1865, align 4
	%1867 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1866, <8 x float> %1863, <8 x float> zeroinitializer)
	%1868 = getelementptr inbounds i16, i16* %1847, i64 16
	%1869 = bitcast i16* %1868 to <8 x i16>*
	%1870 = load <8 x i16>, <8 x i16>* %1869, align 2
	%1871 = zext <8 x i16> %1870 to <8 x i32>
	%1872 = shl <8 x i32> %1871, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
	%1873 = bitcast <8 x i32> %1872 to <8 x float>
	%1874 = getelementptr inbounds float, float* %1844, i64 16
	%1875 = bitcast float* %1874 to <8 x float>*
	%1876 = load <8 x float>, <8 x float>* %1875, align 4
	%1877 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1876, <8 x float> %1873, <8 x float> zeroinitializer)
	%1878 = fadd <8 x float> %1857, %1867
	%1879 = fadd <8 x float> %1878, %1877
	%1880 = fadd <8 x float> %1879, zeroinitializer
	%1881 = add i64 %1840, 0
	%1882 = mul i64 %1881, 32
	%1883 = add i64 %1882, %1681
	%1884 = shufflevector <8 x float> %1880, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
	%1885 = shufflevector <8 x float> %1880, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
	%1886 = fadd <4 x float> %1884, %1885
	%1887 = shufflevector <4 x float> %1886, <4 x float> undef, <2 x i32> <i32 0, i32 1>
	%1888 = shufflevector <4 x float> %1886, <4 x float> undef, <2 x i32> <i32 2, i32 3>
	%1889 = fadd <2 x float> %1887, %1888
	%1890 = shufflevector <2 x float> %1889, <2 x float> undef, <1 x i32> <i32 0>
	%1891 = shufflevector <2 x float> %1889, <2 x float> undef, <1 x i32> <i32 1>
	%1892 = fadd <1 x float> %1890, %1891
	%1893 = extractelement <1 x float> %1892, i64 0
	%1894 = getelementptr inbounds float, float* %4, i64 %1883
	store float %1893, float* %1894, align 4
	%1895 = add i64 %1840, 1
	br label %loop68

done70:
	%1896 = add i64 %1681, 1
	br label %loop60

done71:
	br label %join52

join52:
	br label %join4

join4:
	br label %join2

join2:
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

define void @mtc_run_program(i64* %table, i64 %n, i64 %worker, i64 %workers, i64* %sync) nounwind nofree "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	br label %loop1

loop1:
	%0 = phi i64 [ 0, %entry ], [ %66, %join15 ]
	%1 = phi i64 [ 0, %entry ], [ %65, %join15 ]
	%2 = icmp slt i64 %0, %n
	br i1 %2, label %body2, label %done23

body2:
	%3 = mul i64 %0, 5
	%4 = getelementptr inbounds i64, i64* %table, i64 %3
	%5 = getelementptr inbounds i64, i64* %4, i64 3
	%6 = load i64, i64* %5, align 8
	%7 = getelementptr inbounds i64, i64* %4, i64 4
	%8 = load i64, i64* %7, align 8
	%9 = icmp slt i64 %8, 1
	%10 = select i1 %9, i64 1, i64 %8
	%11 = sub i64 %10, 1
	%12 = add i64 %6, %11
	%13 = sdiv i64 %12, %10
	%14 = icmp slt i64 %13, %workers
	%15 = select i1 %14, i64 %13, i64 %workers
	%16 = icmp sgt i64 %15, 1
	%17 = icmp ne i64 %1, 0
	%18 = and i1 %16, %17
	br i1 %18, label %then3, label %join4

then3:
	%19 = getelementptr inbounds i64, i64* %sync, i64 8
	%20 = load atomic i64, i64* %19 acquire, align 8
	%21 = atomicrmw add i64* %sync, i64 1 acq_rel
	%22 = sub i64 %workers, 1
	%23 = icmp eq i64 %21, %22
	br i1 %23, label %then5, label %else7

then5:
	store atomic i64 0, i64* %sync monotonic, align 8
	%24 = add i64 %20, 1
	store atomic i64 %24, i64* %19 release, align 8
	br label %join6

else7:
	br label %spin8

spin8:
	%25 = phi i64 [ 0, %else7 ], [ %29, %join11 ]
	call void @llvm.x86.sse2.pause()
	%26 = icmp sge i64 %25, u0x4000
	br i1 %26, label %then10, label %join11

spun9:
	br label %join6

then10:
	%27 = call i64 asm sideeffect "syscall", "={rax},{rax},~{rcx},~{r11},~{memory},~{dirflag},~{fpsr},~{flags}"(i64 24)
	br label %join11

join11:
	%28 = load atomic i64, i64* %19 acquire, align 8
	%29 = add i64 %25, 1
	%30 = icmp eq i64 %28, %20
	br i1 %30, label %spin8, label %spun9

join6:
	br label %join4

join4:
	%31 = icmp slt i64 %worker, %15
	br i1 %31, label %then12, label %join13

then12:
	%32 = mul i64 %13, %worker
	%33 = sdiv i64 %32, %15
	%34 = mul i64 %33, %10
	%35 = add i64 %worker, 1
	%36 = mul i64 %13, %35
	%37 = sdiv i64 %36, %15
	%38 = mul i64 %37, %10
	%39 = icmp slt i64 %38, %6
	%40 = select i1 %39, i64 %38, i64 %6
	%41 = getelementptr inbounds i64, i64* %4, i64 0
	%42 = load i64, i64* %41, align 8
	%43 = inttoptr i64 %42 to void (i8**, i64*, i64, i64)*
	%44 = getelementptr inbounds i64, i64* %4, i64 1
	%45 = load i64, i64* %44, align 8
	%46 = inttoptr i64 %45 to i8**
	%47 = getelementptr inbounds i64, i64* %4, i64 2
	%48 = load i64, i64* %47, align 8
	%49 = inttoptr i64 %48 to i64*
	call void %43(i8** %46, i64* %49, i64 %34, i64 %40)
	br label %join13

join13:
	br i1 %16, label %then14, label %join15

then14:
	%50 = getelementptr inbounds i64, i64* %sync, i64 8
	%51 = load atomic i64, i64* %50 acquire, align 8
	%52 = atomicrmw add i64* %sync, i64 1 acq_rel
	%53 = sub i64 %workers, 1
	%54 = icmp eq i64 %52, %53
	br i1 %54, label %then16, label %else18

then16:
	store atomic i64 0, i64* %sync monotonic, align 8
	%55 = add i64 %51, 1
	store atomic i64 %55, i64* %50 release, align 8
	br label %join17

else18:
	br label %spin19

spin19:
	%56 = phi i64 [ 0, %else18 ], [ %60, %join22 ]
	call void @llvm.x86.sse2.pause()
	%57 = icmp sge i64 %56, u0x4000
	br i1 %57, label %then21, label %join22

spun20:
	br label %join17

then21:
	%58 = call i64 asm sideeffect "syscall", "={rax},{rax},~{rcx},~{r11},~{memory},~{dirflag},~{fpsr},~{flags}"(i64 24)
	br label %join22

join22:
	%59 = load atomic i64, i64* %50 acquire, align 8
	%60 = add i64 %56, 1
	%61 = icmp eq i64 %59, %51
	br i1 %61, label %spin19, label %spun20

join17:
	br label %join15

join15:
	%62 = icmp eq i64 %15, 1
	%63 = zext i1 %62 to i64
	%64 = or i64 %1, %63
	%65 = select i1 %16, i64 0, i64 %64
	%66 = add i64 %0, 1
	br label %loop1

done23:
	ret void
}

declare void @llvm.x86.sse2.pause()

define i64 @mtc_fma_flops_per_iter() nounwind nofree nosync willreturn "no-builtins" "target-cpu"="haswell" "min-legal-vector-width"="256" "prefer-vector-width"="256" {
entry:
	ret i64 192
}
