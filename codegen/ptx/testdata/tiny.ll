source_filename = "mtc"
target triple = "nvptx64-nvidia-cuda"

@mtc_shared = external addrspace(3) global [0 x i8], align 16

define void @mtc_g_embed_bf16_v32_h24(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	br label %start1

start1:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = zext i32 %0 to i64
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%3 = zext i32 %2 to i64
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%5 = zext i32 %4 to i64
	%6 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%7 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %6
	%8 = bitcast i8 addrspace(1)* %7 to float addrspace(1)*
	%9 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%10 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %9
	%11 = bitcast i8 addrspace(1)* %10 to i32 addrspace(1)*
	%12 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 2
	%13 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %12
	%14 = bitcast i8 addrspace(1)* %13 to i16 addrspace(1)*
	%15 = add i64 %begin, %3
	%16 = icmp slt i64 %15, %end
	br i1 %16, label %cont2, label %ret3

cont2:
	%17 = mul i64 %15, 24
	%18 = getelementptr inbounds float, float addrspace(1)* %8, i64 %17
	%19 = getelementptr inbounds i32, i32 addrspace(1)* %11, i64 %15
	%20 = load i32, i32 addrspace(1)* %19
	%21 = sext i32 %20 to i64
	%22 = icmp ult i64 %21, 32
	br i1 %22, label %then4, label %else6

ret3:
	ret void

then4:
	%23 = mul i64 %21, 24
	%24 = getelementptr inbounds i16, i16 addrspace(1)* %14, i64 %23
	br label %loop7

join5:
	ret void

else6:
	br label %loop10

loop7:
	%25 = phi i64 [ %1, %then4 ], [ %33, %body8 ]
	%26 = icmp slt i64 %25, 24
	br i1 %26, label %body8, label %done9

body8:
	%27 = getelementptr inbounds i16, i16 addrspace(1)* %24, i64 %25
	%28 = load i16, i16 addrspace(1)* %27
	%29 = zext i16 %28 to i32
	%30 = shl i32 %29, 16
	%31 = bitcast i32 %30 to float
	%32 = getelementptr inbounds float, float addrspace(1)* %18, i64 %25
	store float %31, float addrspace(1)* %32
	%33 = add i64 %25, 256
	br label %loop7

done9:
	br label %join5

loop10:
	%34 = phi i64 [ %1, %else6 ], [ %37, %body11 ]
	%35 = icmp slt i64 %34, 24
	br i1 %35, label %body11, label %done12

body11:
	%36 = getelementptr inbounds float, float addrspace(1)* %18, i64 %34
	store float bitcast (i32 2143289344 to float), float addrspace(1)* %36
	%37 = add i64 %34, 256
	br label %loop10

done12:
	br label %join5
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()

define void @mtc_g_layernorm_gf32_bbf16_h24_eps1em05(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	%0 = alloca float
	%1 = alloca float
	br label %start1

start1:
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = zext i32 %2 to i64
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%5 = zext i32 %4 to i64
	%6 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%7 = zext i32 %6 to i64
	%8 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%9 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %8
	%10 = bitcast i8 addrspace(1)* %9 to float addrspace(1)*
	%11 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%12 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %11
	%13 = bitcast i8 addrspace(1)* %12 to float addrspace(1)*
	%14 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 2
	%15 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %14
	%16 = bitcast i8 addrspace(1)* %15 to float addrspace(1)*
	%17 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 3
	%18 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %17
	%19 = bitcast i8 addrspace(1)* %18 to i16 addrspace(1)*
	%20 = add i64 %begin, %5
	%21 = icmp slt i64 %20, %end
	br i1 %21, label %cont2, label %ret3

cont2:
	%22 = mul i64 %20, 24
	%23 = getelementptr inbounds float, float addrspace(1)* %13, i64 %22
	%24 = getelementptr inbounds float, float addrspace(1)* %10, i64 %22
	store float 0.0, float* %0
	br label %loop4

ret3:
	ret void

loop4:
	%25 = phi i64 [ %3, %cont2 ], [ %31, %body5 ]
	%26 = icmp slt i64 %25, 24
	br i1 %26, label %body5, label %done6

body5:
	%27 = load float, float* %0
	%28 = getelementptr inbounds float, float addrspace(1)* %23, i64 %25
	%29 = load float, float addrspace(1)* %28
	%30 = fadd float %27, %29
	store float %30, float* %0
	%31 = add i64 %25, 256
	br label %loop4

done6:
	%32 = load float, float* %0
	%33 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 0) to float addrspace(3)*
	%34 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 16, i32 31)
	%35 = fadd float %32, %34
	%36 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %35, i32 8, i32 31)
	%37 = fadd float %35, %36
	%38 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %37, i32 4, i32 31)
	%39 = fadd float %37, %38
	%40 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %39, i32 2, i32 31)
	%41 = fadd float %39, %40
	%42 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %41, i32 1, i32 31)
	%43 = fadd float %41, %42
	%44 = srem i64 %3, 32
	%45 = icmp eq i64 %44, 0
	br i1 %45, label %then7, label %join8

then7:
	%46 = sdiv i64 %3, 32
	%47 = getelementptr inbounds float, float addrspace(3)* %33, i64 %46
	store float %43, float addrspace(3)* %47
	br label %join8

join8:
	call void @llvm.nvvm.barrier0()
	%48 = getelementptr inbounds float, float addrspace(3)* %33, i64 0
	%49 = load float, float addrspace(3)* %48
	%50 = fadd float 0.0, %49
	%51 = getelementptr inbounds float, float addrspace(3)* %33, i64 1
	%52 = load float, float addrspace(3)* %51
	%53 = fadd float %50, %52
	%54 = getelementptr inbounds float, float addrspace(3)* %33, i64 2
	%55 = load float, float addrspace(3)* %54
	%56 = fadd float %53, %55
	%57 = getelementptr inbounds float, float addrspace(3)* %33, i64 3
	%58 = load float, float addrspace(3)* %57
	%59 = fadd float %56, %58
	%60 = getelementptr inbounds float, float addrspace(3)* %33, i64 4
	%61 = load float, float addrspace(3)* %60
	%62 = fadd float %59, %61
	%63 = getelementptr inbounds float, float addrspace(3)* %33, i64 5
	%64 = load float, float addrspace(3)* %63
	%65 = fadd float %62, %64
	%66 = getelementptr inbounds float, float addrspace(3)* %33, i64 6
	%67 = load float, float addrspace(3)* %66
	%68 = fadd float %65, %67
	%69 = getelementptr inbounds float, float addrspace(3)* %33, i64 7
	%70 = load float, float addrspace(3)* %69
	%71 = fadd float %68, %70
	call void @llvm.nvvm.barrier0()
	%72 = fmul float %71, 0x3FA5555560000000
	store float 0.0, float* %1
	br label %loop9

loop9:
	%73 = phi i64 [ %3, %join8 ], [ %80, %body10 ]
	%74 = icmp slt i64 %73, 24
	br i1 %74, label %body10, label %done11

body10:
	%75 = getelementptr inbounds float, float addrspace(1)* %23, i64 %73
	%76 = load float, float addrspace(1)* %75
	%77 = fsub float %76, %72
	%78 = load float, float* %1
	%79 = call float @llvm.fma.f32(float %77, float %77, float %78)
	store float %79, float* %1
	%80 = add i64 %73, 256
	br label %loop9

done11:
	%81 = load float, float* %1
	%82 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 0) to float addrspace(3)*
	%83 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %81, i32 16, i32 31)
	%84 = fadd float %81, %83
	%85 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %84, i32 8, i32 31)
	%86 = fadd float %84, %85
	%87 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %86, i32 4, i32 31)
	%88 = fadd float %86, %87
	%89 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %88, i32 2, i32 31)
	%90 = fadd float %88, %89
	%91 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %90, i32 1, i32 31)
	%92 = fadd float %90, %91
	%93 = srem i64 %3, 32
	%94 = icmp eq i64 %93, 0
	br i1 %94, label %then12, label %join13

then12:
	%95 = sdiv i64 %3, 32
	%96 = getelementptr inbounds float, float addrspace(3)* %82, i64 %95
	store float %92, float addrspace(3)* %96
	br label %join13

join13:
	call void @llvm.nvvm.barrier0()
	%97 = getelementptr inbounds float, float addrspace(3)* %82, i64 0
	%98 = load float, float addrspace(3)* %97
	%99 = fadd float 0.0, %98
	%100 = getelementptr inbounds float, float addrspace(3)* %82, i64 1
	%101 = load float, float addrspace(3)* %100
	%102 = fadd float %99, %101
	%103 = getelementptr inbounds float, float addrspace(3)* %82, i64 2
	%104 = load float, float addrspace(3)* %103
	%105 = fadd float %102, %104
	%106 = getelementptr inbounds float, float addrspace(3)* %82, i64 3
	%107 = load float, float addrspace(3)* %106
	%108 = fadd float %105, %107
	%109 = getelementptr inbounds float, float addrspace(3)* %82, i64 4
	%110 = load float, float addrspace(3)* %109
	%111 = fadd float %108, %110
	%112 = getelementptr inbounds float, float addrspace(3)* %82, i64 5
	%113 = load float, float addrspace(3)* %112
	%114 = fadd float %111, %113
	%115 = getelementptr inbounds float, float addrspace(3)* %82, i64 6
	%116 = load float, float addrspace(3)* %115
	%117 = fadd float %114, %116
	%118 = getelementptr inbounds float, float addrspace(3)* %82, i64 7
	%119 = load float, float addrspace(3)* %118
	%120 = fadd float %117, %119
	call void @llvm.nvvm.barrier0()
	%121 = fmul float %120, 0x3FA5555560000000
	%122 = fadd float %121, 0x3EE4F8B580000000
	%123 = call float @llvm.sqrt.f32(float %122)
	%124 = fdiv float 1.0, %123
	br label %loop14

loop14:
	%125 = phi i64 [ %3, %join13 ], [ %140, %body15 ]
	%126 = icmp slt i64 %125, 24
	br i1 %126, label %body15, label %done16

body15:
	%127 = getelementptr inbounds float, float addrspace(1)* %16, i64 %125
	%128 = load float, float addrspace(1)* %127
	%129 = getelementptr inbounds float, float addrspace(1)* %23, i64 %125
	%130 = load float, float addrspace(1)* %129
	%131 = fsub float %130, %72
	%132 = fmul float %131, %124
	%133 = getelementptr inbounds i16, i16 addrspace(1)* %19, i64 %125
	%134 = load i16, i16 addrspace(1)* %133
	%135 = zext i16 %134 to i32
	%136 = shl i32 %135, 16
	%137 = bitcast i32 %136 to float
	%138 = call float @llvm.fma.f32(float %132, float %128, float %137)
	%139 = getelementptr inbounds float, float addrspace(1)* %24, i64 %125
	store float %138, float addrspace(1)* %139
	%140 = add i64 %125, 256
	br label %loop14

done16:
	ret void
}

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %0, float %1, i32 %2, i32 %3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.fma.f32(float %0, float %1, float %2)

declare float @llvm.sqrt.f32(float %0)

define void @mtc_g_matmul_rope_bf16_k24_n64_h6_d8_r4(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	%0 = alloca float
	%1 = alloca float
	%2 = alloca float
	%3 = alloca float
	%4 = alloca float
	%5 = alloca float
	%6 = alloca float
	%7 = alloca float
	%8 = alloca float
	%9 = alloca float
	%10 = alloca float
	%11 = alloca float
	%12 = alloca float
	%13 = alloca float
	%14 = alloca float
	%15 = alloca float
	%16 = alloca float
	%17 = alloca float
	%18 = alloca float
	%19 = alloca float
	%20 = alloca float
	%21 = alloca float
	%22 = alloca float
	%23 = alloca float
	%24 = alloca float
	%25 = alloca float
	br label %start1

start1:
	%26 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%27 = zext i32 %26 to i64
	%28 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%29 = zext i32 %28 to i64
	%30 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%31 = zext i32 %30 to i64
	%32 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%33 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %32
	%34 = bitcast i8 addrspace(1)* %33 to float addrspace(1)*
	%35 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%36 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %35
	%37 = bitcast i8 addrspace(1)* %36 to float addrspace(1)*
	%38 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 2
	%39 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %38
	%40 = bitcast i8 addrspace(1)* %39 to i16 addrspace(1)*
	%41 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 3
	%42 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %41
	%43 = bitcast i8 addrspace(1)* %42 to float addrspace(1)*
	%44 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 0
	%45 = load i64, i64 addrspace(1)* %44
	%46 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 1
	%47 = load i64, i64 addrspace(1)* %46
	%48 = icmp eq i64 %45, 1
	%49 = icmp sle i64 %45, 4
	br i1 %48, label %then2, label %else4

then2:
	%50 = sdiv i64 %27, 32
	%51 = srem i64 %27, 32
	%52 = mul i64 %29, 16
	%53 = add i64 %begin, %52
	%54 = mul i64 %50, 2
	%55 = add i64 %53, %54
	%56 = icmp slt i64 %55, %end
	br i1 %56, label %then5, label %join6

join3:
	ret void

else4:
	br i1 %49, label %then16, label %else18

then5:
	%57 = add i64 %55, 1
	%58 = icmp slt i64 %57, %end
	%59 = sdiv i64 %55, 2
	%60 = sdiv i64 %59, 2
	%61 = mul i64 %60, 8
	%62 = srem i64 %59, 2
	%63 = add i64 %61, %62
	%64 = srem i64 %55, 2
	%65 = mul i64 %64, 2
	%66 = add i64 %63, %65
	%67 = add i64 %55, -24
	%68 = add i64 %67, 48
	%69 = sdiv i64 %67, 4
	%70 = mul i64 %69, 8
	%71 = srem i64 %67, 4
	%72 = add i64 %71, 4
	%73 = add i64 %70, %72
	%74 = icmp slt i64 %67, 24
	%75 = add i64 %67, 24
	%76 = select i1 %74, i64 %73, i64 %75
	%77 = icmp slt i64 %55, 24
	%78 = select i1 %77, i64 %66, i64 %76
	%79 = add i64 %55, 1
	%80 = sdiv i64 %79, 2
	%81 = sdiv i64 %80, 2
	%82 = mul i64 %81, 8
	%83 = srem i64 %80, 2
	%84 = add i64 %82, %83
	%85 = srem i64 %79, 2
	%86 = mul i64 %85, 2
	%87 = add i64 %84, %86
	%88 = add i64 %79, -24
	%89 = add i64 %88, 48
	%90 = sdiv i64 %88, 4
	%91 = mul i64 %90, 8
	%92 = srem i64 %88, 4
	%93 = add i64 %92, 4
	%94 = add i64 %91, %93
	%95 = icmp slt i64 %88, 24
	%96 = add i64 %88, 24
	%97 = select i1 %95, i64 %94, i64 %96
	%98 = icmp slt i64 %79, 24
	%99 = select i1 %98, i64 %87, i64 %97
	%100 = select i1 %58, i64 %99, i64 %78
	%101 = mul i64 %78, 24
	%102 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %101
	%103 = mul i64 %100, 24
	%104 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %103
	%105 = add i64 %45, -1
	%106 = icmp slt i64 0, %105
	%107 = select i1 %106, i64 0, i64 %105
	%108 = mul i64 %107, 24
	%109 = getelementptr inbounds float, float addrspace(1)* %37, i64 %108
	store float 0.0, float* %0
	store float 0.0, float* %1
	%110 = mul i64 %51, 8
	br label %loop7

join6:
	br label %join3

loop7:
	%111 = phi i64 [ %110, %then5 ], [ %192, %body8 ]
	%112 = icmp slt i64 %111, 24
	br i1 %112, label %body8, label %done9

body8:
	%113 = getelementptr inbounds i16, i16 addrspace(1)* %102, i64 %111
	%114 = bitcast i16 addrspace(1)* %113 to <4 x i32> addrspace(1)*
	%115 = load <4 x i32>, <4 x i32> addrspace(1)* %114, align 16
	%116 = extractelement <4 x i32> %115, i32 0
	%117 = extractelement <4 x i32> %115, i32 1
	%118 = extractelement <4 x i32> %115, i32 2
	%119 = extractelement <4 x i32> %115, i32 3
	%120 = shl i32 %116, 16
	%121 = bitcast i32 %120 to float
	%122 = and i32 %116, -65536
	%123 = bitcast i32 %122 to float
	%124 = shl i32 %117, 16
	%125 = bitcast i32 %124 to float
	%126 = and i32 %117, -65536
	%127 = bitcast i32 %126 to float
	%128 = shl i32 %118, 16
	%129 = bitcast i32 %128 to float
	%130 = and i32 %118, -65536
	%131 = bitcast i32 %130 to float
	%132 = shl i32 %119, 16
	%133 = bitcast i32 %132 to float
	%134 = and i32 %119, -65536
	%135 = bitcast i32 %134 to float
	%136 = getelementptr inbounds i16, i16 addrspace(1)* %104, i64 %111
	%137 = bitcast i16 addrspace(1)* %136 to <4 x i32> addrspace(1)*
	%138 = load <4 x i32>, <4 x i32> addrspace(1)* %137, align 16
	%139 = extractelement <4 x i32> %138, i32 0
	%140 = extractelement <4 x i32> %138, i32 1
	%141 = extractelement <4 x i32> %138, i32 2
	%142 = extractelement <4 x i32> %138, i32 3
	%143 = shl i32 %139, 16
	%144 = bitcast i32 %143 to float
	%145 = and i32 %139, -65536
	%146 = bitcast i32 %145 to float
	%147 = shl i32 %140, 16
	%148 = bitcast i32 %147 to float
	%149 = and i32 %140, -65536
	%150 = bitcast i32 %149 to float
	%151 = shl i32 %141, 16
	%152 = bitcast i32 %151 to float
	%153 = and i32 %141, -65536
	%154 = bitcast i32 %153 to float
	%155 = shl i32 %142, 16
	%156 = bitcast i32 %155 to float
	%157 = and i32 %142, -65536
	%158 = bitcast i32 %157 to float
	%159 = getelementptr inbounds float, float addrspace(1)* %109, i64 %111
	%160 = bitcast float addrspace(1)* %159 to <4 x float> addrspace(1)*
	%161 = load <4 x float>, <4 x float> addrspace(1)* %160, align 16
	%162 = extractelement <4 x float> %161, i32 0
	%163 = extractelement <4 x float> %161, i32 1
	%164 = extractelement <4 x float> %161, i32 2
	%165 = extractelement <4 x float> %161, i32 3
	%166 = add i64 %111, 4
	%167 = getelementptr inbounds float, float addrspace(1)* %109, i64 %166
	%168 = bitcast float addrspace(1)* %167 to <4 x float> addrspace(1)*
	%169 = load <4 x float>, <4 x float> addrspace(1)* %168, align 16
	%170 = extractelement <4 x float> %169, i32 0
	%171 = extractelement <4 x float> %169, i32 1
	%172 = extractelement <4 x float> %169, i32 2
	%173 = extractelement <4 x float> %169, i32 3
	%174 = load float, float* %0
	%175 = load float, float* %1
	%176 = call float @llvm.fma.f32(float %121, float %162, float %174)
	%177 = call float @llvm.fma.f32(float %144, float %162, float %175)
	%178 = call float @llvm.fma.f32(float %123, float %163, float %176)
	%179 = call float @llvm.fma.f32(float %146, float %163, float %177)
	%180 = call float @llvm.fma.f32(float %125, float %164, float %178)
	%181 = call float @llvm.fma.f32(float %148, float %164, float %179)
	%182 = call float @llvm.fma.f32(float %127, float %165, float %180)
	%183 = call float @llvm.fma.f32(float %150, float %165, float %181)
	%184 = call float @llvm.fma.f32(float %129, float %170, float %182)
	%185 = call float @llvm.fma.f32(float %152, float %170, float %183)
	%186 = call float @llvm.fma.f32(float %131, float %171, float %184)
	%187 = call float @llvm.fma.f32(float %154, float %171, float %185)
	%188 = call float @llvm.fma.f32(float %133, float %172, float %186)
	%189 = call float @llvm.fma.f32(float %156, float %172, float %187)
	%190 = call float @llvm.fma.f32(float %135, float %173, float %188)
	%191 = call float @llvm.fma.f32(float %158, float %173, float %189)
	store float %190, float* %0
	store float %191, float* %1
	%192 = add i64 %111, 256
	br label %loop7

done9:
	%193 = load float, float* %0
	%194 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %193, i32 16, i32 31)
	%195 = fadd float %193, %194
	%196 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %195, i32 8, i32 31)
	%197 = fadd float %195, %196
	%198 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %197, i32 4, i32 31)
	%199 = fadd float %197, %198
	%200 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %199, i32 2, i32 31)
	%201 = fadd float %199, %200
	%202 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %201, i32 1, i32 31)
	%203 = fadd float %201, %202
	%204 = load float, float* %1
	%205 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %204, i32 16, i32 31)
	%206 = fadd float %204, %205
	%207 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %206, i32 8, i32 31)
	%208 = fadd float %206, %207
	%209 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %208, i32 4, i32 31)
	%210 = fadd float %208, %209
	%211 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %210, i32 2, i32 31)
	%212 = fadd float %210, %211
	%213 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %212, i32 1, i32 31)
	%214 = fadd float %212, %213
	%215 = icmp eq i64 %51, 0
	br i1 %215, label %then10, label %join11

then10:
	%216 = icmp slt i64 0, %45
	br i1 %216, label %then12, label %join13

join11:
	br label %join6

then12:
	%217 = sdiv i64 %55, 2
	%218 = sdiv i64 %217, 2
	%219 = mul i64 %218, 8
	%220 = srem i64 %217, 2
	%221 = add i64 %219, %220
	%222 = srem i64 %55, 2
	%223 = mul i64 %222, 2
	%224 = add i64 %221, %223
	%225 = add i64 %55, -24
	%226 = add i64 %225, 48
	%227 = sdiv i64 %225, 4
	%228 = mul i64 %227, 8
	%229 = srem i64 %225, 4
	%230 = add i64 %229, 4
	%231 = add i64 %228, %230
	%232 = icmp slt i64 %225, 24
	%233 = add i64 %225, 24
	%234 = select i1 %232, i64 %231, i64 %233
	%235 = icmp slt i64 %55, 24
	%236 = select i1 %235, i64 %224, i64 %234
	%237 = add i64 %55, 1
	%238 = sdiv i64 %237, 2
	%239 = sdiv i64 %238, 2
	%240 = mul i64 %239, 8
	%241 = srem i64 %238, 2
	%242 = add i64 %240, %241
	%243 = srem i64 %237, 2
	%244 = mul i64 %243, 2
	%245 = add i64 %242, %244
	%246 = add i64 %237, -24
	%247 = add i64 %246, 48
	%248 = sdiv i64 %246, 4
	%249 = mul i64 %248, 8
	%250 = srem i64 %246, 4
	%251 = add i64 %250, 4
	%252 = add i64 %249, %251
	%253 = icmp slt i64 %246, 24
	%254 = add i64 %246, 24
	%255 = select i1 %253, i64 %252, i64 %254
	%256 = icmp slt i64 %237, 24
	%257 = select i1 %256, i64 %245, i64 %255
	%258 = select i1 %58, i64 %257, i64 %236
	%259 = mul i64 0, 64
	%260 = add i64 %259, %236
	%261 = add i64 %259, %258
	%262 = icmp slt i64 %55, 24
	%263 = sdiv i64 %55, 2
	%264 = srem i64 %263, 2
	%265 = add i64 %47, 0
	%266 = mul i64 %265, 4
	%267 = getelementptr inbounds float, float addrspace(1)* %43, i64 %266
	%268 = getelementptr inbounds float, float addrspace(1)* %267, i64 %264
	%269 = load float, float addrspace(1)* %268
	%270 = add i64 %264, 2
	%271 = getelementptr inbounds float, float addrspace(1)* %267, i64 %270
	%272 = load float, float addrspace(1)* %271
	%273 = fmul float %203, %269
	%274 = fmul float %214, %272
	%275 = fsub float %273, %274
	%276 = fmul float %214, %269
	%277 = call float @llvm.fma.f32(float %203, float %272, float %276)
	%278 = select i1 %262, float %275, float %203
	%279 = select i1 %262, float %277, float %214
	%280 = getelementptr inbounds float, float addrspace(1)* %34, i64 %260
	store float %278, float addrspace(1)* %280
	br i1 %58, label %then14, label %join15

join13:
	br label %join11

then14:
	%281 = getelementptr inbounds float, float addrspace(1)* %34, i64 %261
	store float %279, float addrspace(1)* %281
	br label %join15

join15:
	br label %join13

then16:
	%282 = sdiv i64 %27, 32
	%283 = srem i64 %27, 32
	%284 = mul i64 %29, 16
	%285 = add i64 %begin, %284
	%286 = mul i64 %282, 2
	%287 = add i64 %285, %286
	%288 = icmp slt i64 %287, %end
	br i1 %288, label %then19, label %join20

join17:
	br label %join3

else18:
	%289 = srem i64 %27, 16
	%290 = sdiv i64 %27, 16
	%291 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 0) to float addrspace(3)*
	%292 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 4160) to float addrspace(3)*
	%293 = add i64 %45, 63
	%294 = sdiv i64 %293, 64
	%295 = sub i64 %end, %begin
	%296 = add i64 %295, 63
	%297 = sdiv i64 %296, 64
	%298 = mul i64 %294, %297
	br label %loop42

then19:
	%299 = add i64 %287, 1
	%300 = icmp slt i64 %299, %end
	%301 = sdiv i64 %287, 2
	%302 = sdiv i64 %301, 2
	%303 = mul i64 %302, 8
	%304 = srem i64 %301, 2
	%305 = add i64 %303, %304
	%306 = srem i64 %287, 2
	%307 = mul i64 %306, 2
	%308 = add i64 %305, %307
	%309 = add i64 %287, -24
	%310 = add i64 %309, 48
	%311 = sdiv i64 %309, 4
	%312 = mul i64 %311, 8
	%313 = srem i64 %309, 4
	%314 = add i64 %313, 4
	%315 = add i64 %312, %314
	%316 = icmp slt i64 %309, 24
	%317 = add i64 %309, 24
	%318 = select i1 %316, i64 %315, i64 %317
	%319 = icmp slt i64 %287, 24
	%320 = select i1 %319, i64 %308, i64 %318
	%321 = add i64 %287, 1
	%322 = sdiv i64 %321, 2
	%323 = sdiv i64 %322, 2
	%324 = mul i64 %323, 8
	%325 = srem i64 %322, 2
	%326 = add i64 %324, %325
	%327 = srem i64 %321, 2
	%328 = mul i64 %327, 2
	%329 = add i64 %326, %328
	%330 = add i64 %321, -24
	%331 = add i64 %330, 48
	%332 = sdiv i64 %330, 4
	%333 = mul i64 %332, 8
	%334 = srem i64 %330, 4
	%335 = add i64 %334, 4
	%336 = add i64 %333, %335
	%337 = icmp slt i64 %330, 24
	%338 = add i64 %330, 24
	%339 = select i1 %337, i64 %336, i64 %338
	%340 = icmp slt i64 %321, 24
	%341 = select i1 %340, i64 %329, i64 %339
	%342 = select i1 %300, i64 %341, i64 %320
	%343 = mul i64 %320, 24
	%344 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %343
	%345 = mul i64 %342, 24
	%346 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %345
	%347 = add i64 %45, -1
	%348 = icmp slt i64 0, %347
	%349 = select i1 %348, i64 0, i64 %347
	%350 = mul i64 %349, 24
	%351 = getelementptr inbounds float, float addrspace(1)* %37, i64 %350
	%352 = add i64 %45, -1
	%353 = icmp slt i64 1, %352
	%354 = select i1 %353, i64 1, i64 %352
	%355 = mul i64 %354, 24
	%356 = getelementptr inbounds float, float addrspace(1)* %37, i64 %355
	%357 = add i64 %45, -1
	%358 = icmp slt i64 2, %357
	%359 = select i1 %358, i64 2, i64 %357
	%360 = mul i64 %359, 24
	%361 = getelementptr inbounds float, float addrspace(1)* %37, i64 %360
	%362 = add i64 %45, -1
	%363 = icmp slt i64 3, %362
	%364 = select i1 %363, i64 3, i64 %362
	%365 = mul i64 %364, 24
	%366 = getelementptr inbounds float, float addrspace(1)* %37, i64 %365
	store float 0.0, float* %2
	store float 0.0, float* %3
	store float 0.0, float* %4
	store float 0.0, float* %5
	store float 0.0, float* %6
	store float 0.0, float* %7
	store float 0.0, float* %8
	store float 0.0, float* %9
	%367 = mul i64 %283, 8
	br label %loop21

join20:
	br label %join17

loop21:
	%368 = phi i64 [ %367, %then19 ], [ %548, %body22 ]
	%369 = icmp slt i64 %368, 24
	br i1 %369, label %body22, label %done23

body22:
	%370 = getelementptr inbounds i16, i16 addrspace(1)* %344, i64 %368
	%371 = bitcast i16 addrspace(1)* %370 to <4 x i32> addrspace(1)*
	%372 = load <4 x i32>, <4 x i32> addrspace(1)* %371, align 16
	%373 = extractelement <4 x i32> %372, i32 0
	%374 = extractelement <4 x i32> %372, i32 1
	%375 = extractelement <4 x i32> %372, i32 2
	%376 = extractelement <4 x i32> %372, i32 3
	%377 = shl i32 %373, 16
	%378 = bitcast i32 %377 to float
	%379 = and i32 %373, -65536
	%380 = bitcast i32 %379 to float
	%381 = shl i32 %374, 16
	%382 = bitcast i32 %381 to float
	%383 = and i32 %374, -65536
	%384 = bitcast i32 %383 to float
	%385 = shl i32 %375, 16
	%386 = bitcast i32 %385 to float
	%387 = and i32 %375, -65536
	%388 = bitcast i32 %387 to float
	%389 = shl i32 %376, 16
	%390 = bitcast i32 %389 to float
	%391 = and i32 %376, -65536
	%392 = bitcast i32 %391 to float
	%393 = getelementptr inbounds i16, i16 addrspace(1)* %346, i64 %368
	%394 = bitcast i16 addrspace(1)* %393 to <4 x i32> addrspace(1)*
	%395 = load <4 x i32>, <4 x i32> addrspace(1)* %394, align 16
	%396 = extractelement <4 x i32> %395, i32 0
	%397 = extractelement <4 x i32> %395, i32 1
	%398 = extractelement <4 x i32> %395, i32 2
	%399 = extractelement <4 x i32> %395, i32 3
	%400 = shl i32 %396, 16
	%401 = bitcast i32 %400 to float
	%402 = and i32 %396, -65536
	%403 = bitcast i32 %402 to float
	%404 = shl i32 %397, 16
	%405 = bitcast i32 %404 to float
	%406 = and i32 %397, -65536
	%407 = bitcast i32 %406 to float
	%408 = shl i32 %398, 16
	%409 = bitcast i32 %408 to float
	%410 = and i32 %398, -65536
	%411 = bitcast i32 %410 to float
	%412 = shl i32 %399, 16
	%413 = bitcast i32 %412 to float
	%414 = and i32 %399, -65536
	%415 = bitcast i32 %414 to float
	%416 = getelementptr inbounds float, float addrspace(1)* %351, i64 %368
	%417 = bitcast float addrspace(1)* %416 to <4 x float> addrspace(1)*
	%418 = load <4 x float>, <4 x float> addrspace(1)* %417, align 16
	%419 = extractelement <4 x float> %418, i32 0
	%420 = extractelement <4 x float> %418, i32 1
	%421 = extractelement <4 x float> %418, i32 2
	%422 = extractelement <4 x float> %418, i32 3
	%423 = add i64 %368, 4
	%424 = getelementptr inbounds float, float addrspace(1)* %351, i64 %423
	%425 = bitcast float addrspace(1)* %424 to <4 x float> addrspace(1)*
	%426 = load <4 x float>, <4 x float> addrspace(1)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = load float, float* %2
	%432 = load float, float* %3
	%433 = call float @llvm.fma.f32(float %378, float %419, float %431)
	%434 = call float @llvm.fma.f32(float %401, float %419, float %432)
	%435 = call float @llvm.fma.f32(float %380, float %420, float %433)
	%436 = call float @llvm.fma.f32(float %403, float %420, float %434)
	%437 = call float @llvm.fma.f32(float %382, float %421, float %435)
	%438 = call float @llvm.fma.f32(float %405, float %421, float %436)
	%439 = call float @llvm.fma.f32(float %384, float %422, float %437)
	%440 = call float @llvm.fma.f32(float %407, float %422, float %438)
	%441 = call float @llvm.fma.f32(float %386, float %427, float %439)
	%442 = call float @llvm.fma.f32(float %409, float %427, float %440)
	%443 = call float @llvm.fma.f32(float %388, float %428, float %441)
	%444 = call float @llvm.fma.f32(float %411, float %428, float %442)
	%445 = call float @llvm.fma.f32(float %390, float %429, float %443)
	%446 = call float @llvm.fma.f32(float %413, float %429, float %444)
	%447 = call float @llvm.fma.f32(float %392, float %430, float %445)
	%448 = call float @llvm.fma.f32(float %415, float %430, float %446)
	store float %447, float* %2
	store float %448, float* %3
	%449 = getelementptr inbounds float, float addrspace(1)* %356, i64 %368
	%450 = bitcast float addrspace(1)* %449 to <4 x float> addrspace(1)*
	%451 = load <4 x float>, <4 x float> addrspace(1)* %450, align 16
	%452 = extractelement <4 x float> %451, i32 0
	%453 = extractelement <4 x float> %451, i32 1
	%454 = extractelement <4 x float> %451, i32 2
	%455 = extractelement <4 x float> %451, i32 3
	%456 = add i64 %368, 4
	%457 = getelementptr inbounds float, float addrspace(1)* %356, i64 %456
	%458 = bitcast float addrspace(1)* %457 to <4 x float> addrspace(1)*
	%459 = load <4 x float>, <4 x float> addrspace(1)* %458, align 16
	%460 = extractelement <4 x float> %459, i32 0
	%461 = extractelement <4 x float> %459, i32 1
	%462 = extractelement <4 x float> %459, i32 2
	%463 = extractelement <4 x float> %459, i32 3
	%464 = load float, float* %4
	%465 = load float, float* %5
	%466 = call float @llvm.fma.f32(float %378, float %452, float %464)
	%467 = call float @llvm.fma.f32(float %401, float %452, float %465)
	%468 = call float @llvm.fma.f32(float %380, float %453, float %466)
	%469 = call float @llvm.fma.f32(float %403, float %453, float %467)
	%470 = call float @llvm.fma.f32(float %382, float %454, float %468)
	%471 = call float @llvm.fma.f32(float %405, float %454, float %469)
	%472 = call float @llvm.fma.f32(float %384, float %455, float %470)
	%473 = call float @llvm.fma.f32(float %407, float %455, float %471)
	%474 = call float @llvm.fma.f32(float %386, float %460, float %472)
	%475 = call float @llvm.fma.f32(float %409, float %460, float %473)
	%476 = call float @llvm.fma.f32(float %388, float %461, float %474)
	%477 = call float @llvm.fma.f32(float %411, float %461, float %475)
	%478 = call float @llvm.fma.f32(float %390, float %462, float %476)
	%479 = call float @llvm.fma.f32(float %413, float %462, float %477)
	%480 = call float @llvm.fma.f32(float %392, float %463, float %478)
	%481 = call float @llvm.fma.f32(float %415, float %463, float %479)
	store float %480, float* %4
	store float %481, float* %5
	%482 = getelementptr inbounds float, float addrspace(1)* %361, i64 %368
	%483 = bitcast float addrspace(1)* %482 to <4 x float> addrspace(1)*
	%484 = load <4 x float>, <4 x float> addrspace(1)* %483, align 16
	%485 = extractelement <4 x float> %484, i32 0
	%486 = extractelement <4 x float> %484, i32 1
	%487 = extractelement <4 x float> %484, i32 2
	%488 = extractelement <4 x float> %484, i32 3
	%489 = add i64 %368, 4
	%490 = getelementptr inbounds float, float addrspace(1)* %361, i64 %489
	%491 = bitcast float addrspace(1)* %490 to <4 x float> addrspace(1)*
	%492 = load <4 x float>, <4 x float> addrspace(1)* %491, align 16
	%493 = extractelement <4 x float> %492, i32 0
	%494 = extractelement <4 x float> %492, i32 1
	%495 = extractelement <4 x float> %492, i32 2
	%496 = extractelement <4 x float> %492, i32 3
	%497 = load float, float* %6
	%498 = load float, float* %7
	%499 = call float @llvm.fma.f32(float %378, float %485, float %497)
	%500 = call float @llvm.fma.f32(float %401, float %485, float %498)
	%501 = call float @llvm.fma.f32(float %380, float %486, float %499)
	%502 = call float @llvm.fma.f32(float %403, float %486, float %500)
	%503 = call float @llvm.fma.f32(float %382, float %487, float %501)
	%504 = call float @llvm.fma.f32(float %405, float %487, float %502)
	%505 = call float @llvm.fma.f32(float %384, float %488, float %503)
	%506 = call float @llvm.fma.f32(float %407, float %488, float %504)
	%507 = call float @llvm.fma.f32(float %386, float %493, float %505)
	%508 = call float @llvm.fma.f32(float %409, float %493, float %506)
	%509 = call float @llvm.fma.f32(float %388, float %494, float %507)
	%510 = call float @llvm.fma.f32(float %411, float %494, float %508)
	%511 = call float @llvm.fma.f32(float %390, float %495, float %509)
	%512 = call float @llvm.fma.f32(float %413, float %495, float %510)
	%513 = call float @llvm.fma.f32(float %392, float %496, float %511)
	%514 = call float @llvm.fma.f32(float %415, float %496, float %512)
	store float %513, float* %6
	store float %514, float* %7
	%515 = getelementptr inbounds float, float addrspace(1)* %366, i64 %368
	%516 = bitcast float addrspace(1)* %515 to <4 x float> addrspace(1)*
	%517 = load <4 x float>, <4 x float> addrspace(1)* %516, align 16
	%518 = extractelement <4 x float> %517, i32 0
	%519 = extractelement <4 x float> %517, i32 1
	%520 = extractelement <4 x float> %517, i32 2
	%521 = extractelement <4 x float> %517, i32 3
	%522 = add i64 %368, 4
	%523 = getelementptr inbounds float, float addrspace(1)* %366, i64 %522
	%524 = bitcast float addrspace(1)* %523 to <4 x float> addrspace(1)*
	%525 = load <4 x float>, <4 x float> addrspace(1)* %524, align 16
	%526 = extractelement <4 x float> %525, i32 0
	%527 = extractelement <4 x float> %525, i32 1
	%528 = extractelement <4 x float> %525, i32 2
	%529 = extractelement <4 x float> %525, i32 3
	%530 = load float, float* %8
	%531 = load float, float* %9
	%532 = call float @llvm.fma.f32(float %378, float %518, float %530)
	%533 = call float @llvm.fma.f32(float %401, float %518, float %531)
	%534 = call float @llvm.fma.f32(float %380, float %519, float %532)
	%535 = call float @llvm.fma.f32(float %403, float %519, float %533)
	%536 = call float @llvm.fma.f32(float %382, float %520, float %534)
	%537 = call float @llvm.fma.f32(float %405, float %520, float %535)
	%538 = call float @llvm.fma.f32(float %384, float %521, float %536)
	%539 = call float @llvm.fma.f32(float %407, float %521, float %537)
	%540 = call float @llvm.fma.f32(float %386, float %526, float %538)
	%541 = call float @llvm.fma.f32(float %409, float %526, float %539)
	%542 = call float @llvm.fma.f32(float %388, float %527, float %540)
	%543 = call float @llvm.fma.f32(float %411, float %527, float %541)
	%544 = call float @llvm.fma.f32(float %390, float %528, float %542)
	%545 = call float @llvm.fma.f32(float %413, float %528, float %543)
	%546 = call float @llvm.fma.f32(float %392, float %529, float %544)
	%547 = call float @llvm.fma.f32(float %415, float %529, float %545)
	store float %546, float* %8
	store float %547, float* %9
	%548 = add i64 %368, 256
	br label %loop21

done23:
	%549 = load float, float* %2
	%550 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %549, i32 16, i32 31)
	%551 = fadd float %549, %550
	%552 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %551, i32 8, i32 31)
	%553 = fadd float %551, %552
	%554 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %553, i32 4, i32 31)
	%555 = fadd float %553, %554
	%556 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %555, i32 2, i32 31)
	%557 = fadd float %555, %556
	%558 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %557, i32 1, i32 31)
	%559 = fadd float %557, %558
	%560 = load float, float* %3
	%561 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %560, i32 16, i32 31)
	%562 = fadd float %560, %561
	%563 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %562, i32 8, i32 31)
	%564 = fadd float %562, %563
	%565 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %564, i32 4, i32 31)
	%566 = fadd float %564, %565
	%567 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %566, i32 2, i32 31)
	%568 = fadd float %566, %567
	%569 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %568, i32 1, i32 31)
	%570 = fadd float %568, %569
	%571 = load float, float* %4
	%572 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %571, i32 16, i32 31)
	%573 = fadd float %571, %572
	%574 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %573, i32 8, i32 31)
	%575 = fadd float %573, %574
	%576 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %575, i32 4, i32 31)
	%577 = fadd float %575, %576
	%578 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %577, i32 2, i32 31)
	%579 = fadd float %577, %578
	%580 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %579, i32 1, i32 31)
	%581 = fadd float %579, %580
	%582 = load float, float* %5
	%583 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %582, i32 16, i32 31)
	%584 = fadd float %582, %583
	%585 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %584, i32 8, i32 31)
	%586 = fadd float %584, %585
	%587 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %586, i32 4, i32 31)
	%588 = fadd float %586, %587
	%589 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %588, i32 2, i32 31)
	%590 = fadd float %588, %589
	%591 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %590, i32 1, i32 31)
	%592 = fadd float %590, %591
	%593 = load float, float* %6
	%594 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %593, i32 16, i32 31)
	%595 = fadd float %593, %594
	%596 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %595, i32 8, i32 31)
	%597 = fadd float %595, %596
	%598 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %597, i32 4, i32 31)
	%599 = fadd float %597, %598
	%600 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %599, i32 2, i32 31)
	%601 = fadd float %599, %600
	%602 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %601, i32 1, i32 31)
	%603 = fadd float %601, %602
	%604 = load float, float* %7
	%605 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %604, i32 16, i32 31)
	%606 = fadd float %604, %605
	%607 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %606, i32 8, i32 31)
	%608 = fadd float %606, %607
	%609 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %608, i32 4, i32 31)
	%610 = fadd float %608, %609
	%611 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %610, i32 2, i32 31)
	%612 = fadd float %610, %611
	%613 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %612, i32 1, i32 31)
	%614 = fadd float %612, %613
	%615 = load float, float* %8
	%616 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %615, i32 16, i32 31)
	%617 = fadd float %615, %616
	%618 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %617, i32 8, i32 31)
	%619 = fadd float %617, %618
	%620 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %619, i32 4, i32 31)
	%621 = fadd float %619, %620
	%622 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %621, i32 2, i32 31)
	%623 = fadd float %621, %622
	%624 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %623, i32 1, i32 31)
	%625 = fadd float %623, %624
	%626 = load float, float* %9
	%627 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %626, i32 16, i32 31)
	%628 = fadd float %626, %627
	%629 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %628, i32 8, i32 31)
	%630 = fadd float %628, %629
	%631 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %630, i32 4, i32 31)
	%632 = fadd float %630, %631
	%633 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %632, i32 2, i32 31)
	%634 = fadd float %632, %633
	%635 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %634, i32 1, i32 31)
	%636 = fadd float %634, %635
	%637 = icmp eq i64 %283, 0
	br i1 %637, label %then24, label %join25

then24:
	%638 = icmp slt i64 0, %45
	br i1 %638, label %then26, label %join27

join25:
	br label %join20

then26:
	%639 = sdiv i64 %287, 2
	%640 = sdiv i64 %639, 2
	%641 = mul i64 %640, 8
	%642 = srem i64 %639, 2
	%643 = add i64 %641, %642
	%644 = srem i64 %287, 2
	%645 = mul i64 %644, 2
	%646 = add i64 %643, %645
	%647 = add i64 %287, -24
	%648 = add i64 %647, 48
	%649 = sdiv i64 %647, 4
	%650 = mul i64 %649, 8
	%651 = srem i64 %647, 4
	%652 = add i64 %651, 4
	%653 = add i64 %650, %652
	%654 = icmp slt i64 %647, 24
	%655 = add i64 %647, 24
	%656 = select i1 %654, i64 %653, i64 %655
	%657 = icmp slt i64 %287, 24
	%658 = select i1 %657, i64 %646, i64 %656
	%659 = add i64 %287, 1
	%660 = sdiv i64 %659, 2
	%661 = sdiv i64 %660, 2
	%662 = mul i64 %661, 8
	%663 = srem i64 %660, 2
	%664 = add i64 %662, %663
	%665 = srem i64 %659, 2
	%666 = mul i64 %665, 2
	%667 = add i64 %664, %666
	%668 = add i64 %659, -24
	%669 = add i64 %668, 48
	%670 = sdiv i64 %668, 4
	%671 = mul i64 %670, 8
	%672 = srem i64 %668, 4
	%673 = add i64 %672, 4
	%674 = add i64 %671, %673
	%675 = icmp slt i64 %668, 24
	%676 = add i64 %668, 24
	%677 = select i1 %675, i64 %674, i64 %676
	%678 = icmp slt i64 %659, 24
	%679 = select i1 %678, i64 %667, i64 %677
	%680 = select i1 %300, i64 %679, i64 %658
	%681 = mul i64 0, 64
	%682 = add i64 %681, %658
	%683 = add i64 %681, %680
	%684 = icmp slt i64 %287, 24
	%685 = sdiv i64 %287, 2
	%686 = srem i64 %685, 2
	%687 = add i64 %47, 0
	%688 = mul i64 %687, 4
	%689 = getelementptr inbounds float, float addrspace(1)* %43, i64 %688
	%690 = getelementptr inbounds float, float addrspace(1)* %689, i64 %686
	%691 = load float, float addrspace(1)* %690
	%692 = add i64 %686, 2
	%693 = getelementptr inbounds float, float addrspace(1)* %689, i64 %692
	%694 = load float, float addrspace(1)* %693
	%695 = fmul float %559, %691
	%696 = fmul float %570, %694
	%697 = fsub float %695, %696
	%698 = fmul float %570, %691
	%699 = call float @llvm.fma.f32(float %559, float %694, float %698)
	%700 = select i1 %684, float %697, float %559
	%701 = select i1 %684, float %699, float %570
	%702 = getelementptr inbounds float, float addrspace(1)* %34, i64 %682
	store float %700, float addrspace(1)* %702
	br i1 %300, label %then28, label %join29

join27:
	%703 = icmp slt i64 1, %45
	br i1 %703, label %then30, label %join31

then28:
	%704 = getelementptr inbounds float, float addrspace(1)* %34, i64 %683
	store float %701, float addrspace(1)* %704
	br label %join29

join29:
	br label %join27

then30:
	%705 = sdiv i64 %287, 2
	%706 = sdiv i64 %705, 2
	%707 = mul i64 %706, 8
	%708 = srem i64 %705, 2
	%709 = add i64 %707, %708
	%710 = srem i64 %287, 2
	%711 = mul i64 %710, 2
	%712 = add i64 %709, %711
	%713 = add i64 %287, -24
	%714 = add i64 %713, 48
	%715 = sdiv i64 %713, 4
	%716 = mul i64 %715, 8
	%717 = srem i64 %713, 4
	%718 = add i64 %717, 4
	%719 = add i64 %716, %718
	%720 = icmp slt i64 %713, 24
	%721 = add i64 %713, 24
	%722 = select i1 %720, i64 %719, i64 %721
	%723 = icmp slt i64 %287, 24
	%724 = select i1 %723, i64 %712, i64 %722
	%725 = add i64 %287, 1
	%726 = sdiv i64 %725, 2
	%727 = sdiv i64 %726, 2
	%728 = mul i64 %727, 8
	%729 = srem i64 %726, 2
	%730 = add i64 %728, %729
	%731 = srem i64 %725, 2
	%732 = mul i64 %731, 2
	%733 = add i64 %730, %732
	%734 = add i64 %725, -24
	%735 = add i64 %734, 48
	%736 = sdiv i64 %734, 4
	%737 = mul i64 %736, 8
	%738 = srem i64 %734, 4
	%739 = add i64 %738, 4
	%740 = add i64 %737, %739
	%741 = icmp slt i64 %734, 24
	%742 = add i64 %734, 24
	%743 = select i1 %741, i64 %740, i64 %742
	%744 = icmp slt i64 %725, 24
	%745 = select i1 %744, i64 %733, i64 %743
	%746 = select i1 %300, i64 %745, i64 %724
	%747 = mul i64 1, 64
	%748 = add i64 %747, %724
	%749 = add i64 %747, %746
	%750 = icmp slt i64 %287, 24
	%751 = sdiv i64 %287, 2
	%752 = srem i64 %751, 2
	%753 = add i64 %47, 1
	%754 = mul i64 %753, 4
	%755 = getelementptr inbounds float, float addrspace(1)* %43, i64 %754
	%756 = getelementptr inbounds float, float addrspace(1)* %755, i64 %752
	%757 = load float, float addrspace(1)* %756
	%758 = add i64 %752, 2
	%759 = getelementptr inbounds float, float addrspace(1)* %755, i64 %758
	%760 = load float, float addrspace(1)* %759
	%761 = fmul float %581, %757
	%762 = fmul float %592, %760
	%763 = fsub float %761, %762
	%764 = fmul float %592, %757
	%765 = call float @llvm.fma.f32(float %581, float %760, float %764)
	%766 = select i1 %750, float %763, float %581
	%767 = select i1 %750, float %765, float %592
	%768 = getelementptr inbounds float, float addrspace(1)* %34, i64 %748
	store float %766, float addrspace(1)* %768
	br i1 %300, label %then32, label %join33

join31:
	%769 = icmp slt i64 2, %45
	br i1 %769, label %then34, label %join35

then32:
	%770 = getelementptr inbounds float, float addrspace(1)* %34, i64 %749
	store float %767, float addrspace(1)* %770
	br label %join33

join33:
	br label %join31

then34:
	%771 = sdiv i64 %287, 2
	%772 = sdiv i64 %771, 2
	%773 = mul i64 %772, 8
	%774 = srem i64 %771, 2
	%775 = add i64 %773, %774
	%776 = srem i64 %287, 2
	%777 = mul i64 %776, 2
	%778 = add i64 %775, %777
	%779 = add i64 %287, -24
	%780 = add i64 %779, 48
	%781 = sdiv i64 %779, 4
	%782 = mul i64 %781, 8
	%783 = srem i64 %779, 4
	%784 = add i64 %783, 4
	%785 = add i64 %782, %784
	%786 = icmp slt i64 %779, 24
	%787 = add i64 %779, 24
	%788 = select i1 %786, i64 %785, i64 %787
	%789 = icmp slt i64 %287, 24
	%790 = select i1 %789, i64 %778, i64 %788
	%791 = add i64 %287, 1
	%792 = sdiv i64 %791, 2
	%793 = sdiv i64 %792, 2
	%794 = mul i64 %793, 8
	%795 = srem i64 %792, 2
	%796 = add i64 %794, %795
	%797 = srem i64 %791, 2
	%798 = mul i64 %797, 2
	%799 = add i64 %796, %798
	%800 = add i64 %791, -24
	%801 = add i64 %800, 48
	%802 = sdiv i64 %800, 4
	%803 = mul i64 %802, 8
	%804 = srem i64 %800, 4
	%805 = add i64 %804, 4
	%806 = add i64 %803, %805
	%807 = icmp slt i64 %800, 24
	%808 = add i64 %800, 24
	%809 = select i1 %807, i64 %806, i64 %808
	%810 = icmp slt i64 %791, 24
	%811 = select i1 %810, i64 %799, i64 %809
	%812 = select i1 %300, i64 %811, i64 %790
	%813 = mul i64 2, 64
	%814 = add i64 %813, %790
	%815 = add i64 %813, %812
	%816 = icmp slt i64 %287, 24
	%817 = sdiv i64 %287, 2
	%818 = srem i64 %817, 2
	%819 = add i64 %47, 2
	%820 = mul i64 %819, 4
	%821 = getelementptr inbounds float, float addrspace(1)* %43, i64 %820
	%822 = getelementptr inbounds float, float addrspace(1)* %821, i64 %818
	%823 = load float, float addrspace(1)* %822
	%824 = add i64 %818, 2
	%825 = getelementptr inbounds float, float addrspace(1)* %821, i64 %824
	%826 = load float, float addrspace(1)* %825
	%827 = fmul float %603, %823
	%828 = fmul float %614, %826
	%829 = fsub float %827, %828
	%830 = fmul float %614, %823
	%831 = call float @llvm.fma.f32(float %603, float %826, float %830)
	%832 = select i1 %816, float %829, float %603
	%833 = select i1 %816, float %831, float %614
	%834 = getelementptr inbounds float, float addrspace(1)* %34, i64 %814
	store float %832, float addrspace(1)* %834
	br i1 %300, label %then36, label %join37

join35:
	%835 = icmp slt i64 3, %45
	br i1 %835, label %then38, label %join39

then36:
	%836 = getelementptr inbounds float, float addrspace(1)* %34, i64 %815
	store float %833, float addrspace(1)* %836
	br label %join37

join37:
	br label %join35

then38:
	%837 = sdiv i64 %287, 2
	%838 = sdiv i64 %837, 2
	%839 = mul i64 %838, 8
	%840 = srem i64 %837, 2
	%841 = add i64 %839, %840
	%842 = srem i64 %287, 2
	%843 = mul i64 %842, 2
	%844 = add i64 %841, %843
	%845 = add i64 %287, -24
	%846 = add i64 %845, 48
	%847 = sdiv i64 %845, 4
	%848 = mul i64 %847, 8
	%849 = srem i64 %845, 4
	%850 = add i64 %849, 4
	%851 = add i64 %848, %850
	%852 = icmp slt i64 %845, 24
	%853 = add i64 %845, 24
	%854 = select i1 %852, i64 %851, i64 %853
	%855 = icmp slt i64 %287, 24
	%856 = select i1 %855, i64 %844, i64 %854
	%857 = add i64 %287, 1
	%858 = sdiv i64 %857, 2
	%859 = sdiv i64 %858, 2
	%860 = mul i64 %859, 8
	%861 = srem i64 %858, 2
	%862 = add i64 %860, %861
	%863 = srem i64 %857, 2
	%864 = mul i64 %863, 2
	%865 = add i64 %862, %864
	%866 = add i64 %857, -24
	%867 = add i64 %866, 48
	%868 = sdiv i64 %866, 4
	%869 = mul i64 %868, 8
	%870 = srem i64 %866, 4
	%871 = add i64 %870, 4
	%872 = add i64 %869, %871
	%873 = icmp slt i64 %866, 24
	%874 = add i64 %866, 24
	%875 = select i1 %873, i64 %872, i64 %874
	%876 = icmp slt i64 %857, 24
	%877 = select i1 %876, i64 %865, i64 %875
	%878 = select i1 %300, i64 %877, i64 %856
	%879 = mul i64 3, 64
	%880 = add i64 %879, %856
	%881 = add i64 %879, %878
	%882 = icmp slt i64 %287, 24
	%883 = sdiv i64 %287, 2
	%884 = srem i64 %883, 2
	%885 = add i64 %47, 3
	%886 = mul i64 %885, 4
	%887 = getelementptr inbounds float, float addrspace(1)* %43, i64 %886
	%888 = getelementptr inbounds float, float addrspace(1)* %887, i64 %884
	%889 = load float, float addrspace(1)* %888
	%890 = add i64 %884, 2
	%891 = getelementptr inbounds float, float addrspace(1)* %887, i64 %890
	%892 = load float, float addrspace(1)* %891
	%893 = fmul float %625, %889
	%894 = fmul float %636, %892
	%895 = fsub float %893, %894
	%896 = fmul float %636, %889
	%897 = call float @llvm.fma.f32(float %625, float %892, float %896)
	%898 = select i1 %882, float %895, float %625
	%899 = select i1 %882, float %897, float %636
	%900 = getelementptr inbounds float, float addrspace(1)* %34, i64 %880
	store float %898, float addrspace(1)* %900
	br i1 %300, label %then40, label %join41

join39:
	br label %join25

then40:
	%901 = getelementptr inbounds float, float addrspace(1)* %34, i64 %881
	store float %899, float addrspace(1)* %901
	br label %join41

join41:
	br label %join39

loop42:
	%902 = phi i64 [ %29, %else18 ], [ %1772, %join80 ]
	%903 = icmp slt i64 %902, %298
	br i1 %903, label %body43, label %done44

body43:
	%904 = srem i64 %902, %294
	%905 = mul i64 %904, 64
	%906 = sdiv i64 %902, %294
	%907 = mul i64 %906, 64
	%908 = add i64 %begin, %907
	%909 = add i64 %905, %290
	%910 = icmp slt i64 %909, %45
	%911 = select i1 %910, i64 %909, i64 0
	%912 = mul i64 %911, 24
	%913 = getelementptr inbounds float, float addrspace(1)* %37, i64 %912
	%914 = add i64 %908, %290
	%915 = icmp slt i64 %914, %end
	%916 = sdiv i64 %914, 2
	%917 = sdiv i64 %916, 2
	%918 = mul i64 %917, 8
	%919 = srem i64 %916, 2
	%920 = add i64 %918, %919
	%921 = srem i64 %914, 2
	%922 = mul i64 %921, 2
	%923 = add i64 %920, %922
	%924 = add i64 %914, -24
	%925 = add i64 %924, 48
	%926 = sdiv i64 %924, 4
	%927 = mul i64 %926, 8
	%928 = srem i64 %924, 4
	%929 = add i64 %928, 4
	%930 = add i64 %927, %929
	%931 = icmp slt i64 %924, 24
	%932 = add i64 %924, 24
	%933 = select i1 %931, i64 %930, i64 %932
	%934 = icmp slt i64 %914, 24
	%935 = select i1 %934, i64 %923, i64 %933
	%936 = select i1 %915, i64 %935, i64 0
	%937 = mul i64 %936, 24
	%938 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %937
	%939 = add i64 %290, 16
	%940 = add i64 %905, %939
	%941 = icmp slt i64 %940, %45
	%942 = select i1 %941, i64 %940, i64 0
	%943 = mul i64 %942, 24
	%944 = getelementptr inbounds float, float addrspace(1)* %37, i64 %943
	%945 = add i64 %290, 16
	%946 = add i64 %908, %945
	%947 = icmp slt i64 %946, %end
	%948 = sdiv i64 %946, 2
	%949 = sdiv i64 %948, 2
	%950 = mul i64 %949, 8
	%951 = srem i64 %948, 2
	%952 = add i64 %950, %951
	%953 = srem i64 %946, 2
	%954 = mul i64 %953, 2
	%955 = add i64 %952, %954
	%956 = add i64 %946, -24
	%957 = add i64 %956, 48
	%958 = sdiv i64 %956, 4
	%959 = mul i64 %958, 8
	%960 = srem i64 %956, 4
	%961 = add i64 %960, 4
	%962 = add i64 %959, %961
	%963 = icmp slt i64 %956, 24
	%964 = add i64 %956, 24
	%965 = select i1 %963, i64 %962, i64 %964
	%966 = icmp slt i64 %946, 24
	%967 = select i1 %966, i64 %955, i64 %965
	%968 = select i1 %947, i64 %967, i64 0
	%969 = mul i64 %968, 24
	%970 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %969
	%971 = add i64 %290, 32
	%972 = add i64 %905, %971
	%973 = icmp slt i64 %972, %45
	%974 = select i1 %973, i64 %972, i64 0
	%975 = mul i64 %974, 24
	%976 = getelementptr inbounds float, float addrspace(1)* %37, i64 %975
	%977 = add i64 %290, 32
	%978 = add i64 %908, %977
	%979 = icmp slt i64 %978, %end
	%980 = sdiv i64 %978, 2
	%981 = sdiv i64 %980, 2
	%982 = mul i64 %981, 8
	%983 = srem i64 %980, 2
	%984 = add i64 %982, %983
	%985 = srem i64 %978, 2
	%986 = mul i64 %985, 2
	%987 = add i64 %984, %986
	%988 = add i64 %978, -24
	%989 = add i64 %988, 48
	%990 = sdiv i64 %988, 4
	%991 = mul i64 %990, 8
	%992 = srem i64 %988, 4
	%993 = add i64 %992, 4
	%994 = add i64 %991, %993
	%995 = icmp slt i64 %988, 24
	%996 = add i64 %988, 24
	%997 = select i1 %995, i64 %994, i64 %996
	%998 = icmp slt i64 %978, 24
	%999 = select i1 %998, i64 %987, i64 %997
	%1000 = select i1 %979, i64 %999, i64 0
	%1001 = mul i64 %1000, 24
	%1002 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %1001
	%1003 = add i64 %290, 48
	%1004 = add i64 %905, %1003
	%1005 = icmp slt i64 %1004, %45
	%1006 = select i1 %1005, i64 %1004, i64 0
	%1007 = mul i64 %1006, 24
	%1008 = getelementptr inbounds float, float addrspace(1)* %37, i64 %1007
	%1009 = add i64 %290, 48
	%1010 = add i64 %908, %1009
	%1011 = icmp slt i64 %1010, %end
	%1012 = sdiv i64 %1010, 2
	%1013 = sdiv i64 %1012, 2
	%1014 = mul i64 %1013, 8
	%1015 = srem i64 %1012, 2
	%1016 = add i64 %1014, %1015
	%1017 = srem i64 %1010, 2
	%1018 = mul i64 %1017, 2
	%1019 = add i64 %1016, %1018
	%1020 = add i64 %1010, -24
	%1021 = add i64 %1020, 48
	%1022 = sdiv i64 %1020, 4
	%1023 = mul i64 %1022, 8
	%1024 = srem i64 %1020, 4
	%1025 = add i64 %1024, 4
	%1026 = add i64 %1023, %1025
	%1027 = icmp slt i64 %1020, 24
	%1028 = add i64 %1020, 24
	%1029 = select i1 %1027, i64 %1026, i64 %1028
	%1030 = icmp slt i64 %1010, 24
	%1031 = select i1 %1030, i64 %1019, i64 %1029
	%1032 = select i1 %1011, i64 %1031, i64 0
	%1033 = mul i64 %1032, 24
	%1034 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %1033
	store float 0.0, float* %10
	store float 0.0, float* %11
	store float 0.0, float* %12
	store float 0.0, float* %13
	store float 0.0, float* %14
	store float 0.0, float* %15
	store float 0.0, float* %16
	store float 0.0, float* %17
	store float 0.0, float* %18
	store float 0.0, float* %19
	store float 0.0, float* %20
	store float 0.0, float* %21
	store float 0.0, float* %22
	store float 0.0, float* %23
	store float 0.0, float* %24
	store float 0.0, float* %25
	br label %loop45

done44:
	br label %join17

loop45:
	%1035 = phi i64 [ 0, %body43 ], [ %1175, %done50 ]
	%1036 = icmp slt i64 %1035, 24
	br i1 %1036, label %body46, label %done47

body46:
	%1037 = add i64 %1035, %289
	%1038 = icmp slt i64 %1037, 24
	%1039 = select i1 %1038, i64 %1037, i64 0
	%1040 = and i1 %910, %1038
	%1041 = getelementptr inbounds float, float addrspace(1)* %913, i64 %1039
	%1042 = load float, float addrspace(1)* %1041
	%1043 = select i1 %1040, float %1042, float 0.0
	%1044 = mul i64 %289, 65
	%1045 = add i64 %1044, %290
	%1046 = getelementptr inbounds float, float addrspace(3)* %291, i64 %1045
	store float %1043, float addrspace(3)* %1046
	%1047 = and i1 %915, %1038
	%1048 = getelementptr inbounds i16, i16 addrspace(1)* %938, i64 %1039
	%1049 = load i16, i16 addrspace(1)* %1048
	%1050 = zext i16 %1049 to i32
	%1051 = shl i32 %1050, 16
	%1052 = bitcast i32 %1051 to float
	%1053 = select i1 %1047, float %1052, float 0.0
	%1054 = mul i64 %289, 66
	%1055 = add i64 %1054, %290
	%1056 = getelementptr inbounds float, float addrspace(3)* %292, i64 %1055
	store float %1053, float addrspace(3)* %1056
	%1057 = add i64 %290, 16
	%1058 = and i1 %941, %1038
	%1059 = getelementptr inbounds float, float addrspace(1)* %944, i64 %1039
	%1060 = load float, float addrspace(1)* %1059
	%1061 = select i1 %1058, float %1060, float 0.0
	%1062 = mul i64 %289, 65
	%1063 = add i64 %1062, %1057
	%1064 = getelementptr inbounds float, float addrspace(3)* %291, i64 %1063
	store float %1061, float addrspace(3)* %1064
	%1065 = and i1 %947, %1038
	%1066 = getelementptr inbounds i16, i16 addrspace(1)* %970, i64 %1039
	%1067 = load i16, i16 addrspace(1)* %1066
	%1068 = zext i16 %1067 to i32
	%1069 = shl i32 %1068, 16
	%1070 = bitcast i32 %1069 to float
	%1071 = select i1 %1065, float %1070, float 0.0
	%1072 = mul i64 %289, 66
	%1073 = add i64 %1072, %1057
	%1074 = getelementptr inbounds float, float addrspace(3)* %292, i64 %1073
	store float %1071, float addrspace(3)* %1074
	%1075 = add i64 %290, 32
	%1076 = and i1 %973, %1038
	%1077 = getelementptr inbounds float, float addrspace(1)* %976, i64 %1039
	%1078 = load float, float addrspace(1)* %1077
	%1079 = select i1 %1076, float %1078, float 0.0
	%1080 = mul i64 %289, 65
	%1081 = add i64 %1080, %1075
	%1082 = getelementptr inbounds float, float addrspace(3)* %291, i64 %1081
	store float %1079, float addrspace(3)* %1082
	%1083 = and i1 %979, %1038
	%1084 = getelementptr inbounds i16, i16 addrspace(1)* %1002, i64 %1039
	%1085 = load i16, i16 addrspace(1)* %1084
	%1086 = zext i16 %1085 to i32
	%1087 = shl i32 %1086, 16
	%1088 = bitcast i32 %1087 to float
	%1089 = select i1 %1083, float %1088, float 0.0
	%1090 = mul i64 %289, 66
	%1091 = add i64 %1090, %1075
	%1092 = getelementptr inbounds float, float addrspace(3)* %292, i64 %1091
	store float %1089, float addrspace(3)* %1092
	%1093 = add i64 %290, 48
	%1094 = and i1 %1005, %1038
	%1095 = getelementptr inbounds float, float addrspace(1)* %1008, i64 %1039
	%1096 = load float, float addrspace(1)* %1095
	%1097 = select i1 %1094, float %1096, float 0.0
	%1098 = mul i64 %289, 65
	%1099 = add i64 %1098, %1093
	%1100 = getelementptr inbounds float, float addrspace(3)* %291, i64 %1099
	store float %1097, float addrspace(3)* %1100
	%1101 = and i1 %1011, %1038
	%1102 = getelementptr inbounds i16, i16 addrspace(1)* %1034, i64 %1039
	%1103 = load i16, i16 addrspace(1)* %1102
	%1104 = zext i16 %1103 to i32
	%1105 = shl i32 %1104, 16
	%1106 = bitcast i32 %1105 to float
	%1107 = select i1 %1101, float %1106, float 0.0
	%1108 = mul i64 %289, 66
	%1109 = add i64 %1108, %1093
	%1110 = getelementptr inbounds float, float addrspace(3)* %292, i64 %1109
	store float %1107, float addrspace(3)* %1110
	call void @llvm.nvvm.barrier0()
	br label %loop48

done47:
	%1111 = add i64 %905, %290
	%1112 = mul i64 %289, 2
	%1113 = add i64 %908, %1112
	%1114 = icmp slt i64 %1111, %45
	%1115 = icmp slt i64 %1113, %end
	%1116 = and i1 %1114, %1115
	br i1 %1116, label %then51, label %join52

loop48:
	%1117 = phi i64 [ 0, %body46 ], [ %1174, %body49 ]
	%1118 = icmp slt i64 %1117, 16
	br i1 %1118, label %body49, label %done50

body49:
	%1119 = mul i64 %1117, 65
	%1120 = add i64 %1119, %290
	%1121 = getelementptr inbounds float, float addrspace(3)* %291, i64 %1120
	%1122 = mul i64 %1117, 66
	%1123 = mul i64 %289, 2
	%1124 = add i64 %1122, %1123
	%1125 = getelementptr inbounds float, float addrspace(3)* %292, i64 %1124
	%1126 = getelementptr inbounds float, float addrspace(3)* %1121, i64 0
	%1127 = load float, float addrspace(3)* %1126
	%1128 = getelementptr inbounds float, float addrspace(3)* %1121, i64 16
	%1129 = load float, float addrspace(3)* %1128
	%1130 = getelementptr inbounds float, float addrspace(3)* %1121, i64 32
	%1131 = load float, float addrspace(3)* %1130
	%1132 = getelementptr inbounds float, float addrspace(3)* %1121, i64 48
	%1133 = load float, float addrspace(3)* %1132
	%1134 = getelementptr inbounds float, float addrspace(3)* %1125, i64 0
	%1135 = load float, float addrspace(3)* %1134
	%1136 = getelementptr inbounds float, float addrspace(3)* %1125, i64 1
	%1137 = load float, float addrspace(3)* %1136
	%1138 = getelementptr inbounds float, float addrspace(3)* %1125, i64 32
	%1139 = load float, float addrspace(3)* %1138
	%1140 = getelementptr inbounds float, float addrspace(3)* %1125, i64 33
	%1141 = load float, float addrspace(3)* %1140
	%1142 = load float, float* %10
	%1143 = call float @llvm.fma.f32(float %1127, float %1135, float %1142)
	store float %1143, float* %10
	%1144 = load float, float* %11
	%1145 = call float @llvm.fma.f32(float %1127, float %1137, float %1144)
	store float %1145, float* %11
	%1146 = load float, float* %12
	%1147 = call float @llvm.fma.f32(float %1127, float %1139, float %1146)
	store float %1147, float* %12
	%1148 = load float, float* %13
	%1149 = call float @llvm.fma.f32(float %1127, float %1141, float %1148)
	store float %1149, float* %13
	%1150 = load float, float* %14
	%1151 = call float @llvm.fma.f32(float %1129, float %1135, float %1150)
	store float %1151, float* %14
	%1152 = load float, float* %15
	%1153 = call float @llvm.fma.f32(float %1129, float %1137, float %1152)
	store float %1153, float* %15
	%1154 = load float, float* %16
	%1155 = call float @llvm.fma.f32(float %1129, float %1139, float %1154)
	store float %1155, float* %16
	%1156 = load float, float* %17
	%1157 = call float @llvm.fma.f32(float %1129, float %1141, float %1156)
	store float %1157, float* %17
	%1158 = load float, float* %18
	%1159 = call float @llvm.fma.f32(float %1131, float %1135, float %1158)
	store float %1159, float* %18
	%1160 = load float, float* %19
	%1161 = call float @llvm.fma.f32(float %1131, float %1137, float %1160)
	store float %1161, float* %19
	%1162 = load float, float* %20
	%1163 = call float @llvm.fma.f32(float %1131, float %1139, float %1162)
	store float %1163, float* %20
	%1164 = load float, float* %21
	%1165 = call float @llvm.fma.f32(float %1131, float %1141, float %1164)
	store float %1165, float* %21
	%1166 = load float, float* %22
	%1167 = call float @llvm.fma.f32(float %1133, float %1135, float %1166)
	store float %1167, float* %22
	%1168 = load float, float* %23
	%1169 = call float @llvm.fma.f32(float %1133, float %1137, float %1168)
	store float %1169, float* %23
	%1170 = load float, float* %24
	%1171 = call float @llvm.fma.f32(float %1133, float %1139, float %1170)
	store float %1171, float* %24
	%1172 = load float, float* %25
	%1173 = call float @llvm.fma.f32(float %1133, float %1141, float %1172)
	store float %1173, float* %25
	%1174 = add i64 %1117, 1
	br label %loop48

done50:
	call void @llvm.nvvm.barrier0()
	%1175 = add i64 %1035, 16
	br label %loop45

then51:
	%1176 = load float, float* %10
	%1177 = load float, float* %11
	%1178 = add i64 %1113, 1
	%1179 = icmp slt i64 %1178, %end
	%1180 = sdiv i64 %1113, 2
	%1181 = sdiv i64 %1180, 2
	%1182 = mul i64 %1181, 8
	%1183 = srem i64 %1180, 2
	%1184 = add i64 %1182, %1183
	%1185 = srem i64 %1113, 2
	%1186 = mul i64 %1185, 2
	%1187 = add i64 %1184, %1186
	%1188 = add i64 %1113, -24
	%1189 = add i64 %1188, 48
	%1190 = sdiv i64 %1188, 4
	%1191 = mul i64 %1190, 8
	%1192 = srem i64 %1188, 4
	%1193 = add i64 %1192, 4
	%1194 = add i64 %1191, %1193
	%1195 = icmp slt i64 %1188, 24
	%1196 = add i64 %1188, 24
	%1197 = select i1 %1195, i64 %1194, i64 %1196
	%1198 = icmp slt i64 %1113, 24
	%1199 = select i1 %1198, i64 %1187, i64 %1197
	%1200 = add i64 %1113, 1
	%1201 = sdiv i64 %1200, 2
	%1202 = sdiv i64 %1201, 2
	%1203 = mul i64 %1202, 8
	%1204 = srem i64 %1201, 2
	%1205 = add i64 %1203, %1204
	%1206 = srem i64 %1200, 2
	%1207 = mul i64 %1206, 2
	%1208 = add i64 %1205, %1207
	%1209 = add i64 %1200, -24
	%1210 = add i64 %1209, 48
	%1211 = sdiv i64 %1209, 4
	%1212 = mul i64 %1211, 8
	%1213 = srem i64 %1209, 4
	%1214 = add i64 %1213, 4
	%1215 = add i64 %1212, %1214
	%1216 = icmp slt i64 %1209, 24
	%1217 = add i64 %1209, 24
	%1218 = select i1 %1216, i64 %1215, i64 %1217
	%1219 = icmp slt i64 %1200, 24
	%1220 = select i1 %1219, i64 %1208, i64 %1218
	%1221 = select i1 %1179, i64 %1220, i64 %1199
	%1222 = mul i64 %1111, 64
	%1223 = add i64 %1222, %1199
	%1224 = add i64 %1222, %1221
	%1225 = icmp slt i64 %1113, 24
	%1226 = sdiv i64 %1113, 2
	%1227 = srem i64 %1226, 2
	%1228 = add i64 %47, %1111
	%1229 = mul i64 %1228, 4
	%1230 = getelementptr inbounds float, float addrspace(1)* %43, i64 %1229
	%1231 = getelementptr inbounds float, float addrspace(1)* %1230, i64 %1227
	%1232 = load float, float addrspace(1)* %1231
	%1233 = add i64 %1227, 2
	%1234 = getelementptr inbounds float, float addrspace(1)* %1230, i64 %1233
	%1235 = load float, float addrspace(1)* %1234
	%1236 = fmul float %1176, %1232
	%1237 = fmul float %1177, %1235
	%1238 = fsub float %1236, %1237
	%1239 = fmul float %1177, %1232
	%1240 = call float @llvm.fma.f32(float %1176, float %1235, float %1239)
	%1241 = select i1 %1225, float %1238, float %1176
	%1242 = select i1 %1225, float %1240, float %1177
	%1243 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1223
	store float %1241, float addrspace(1)* %1243
	br i1 %1179, label %then53, label %join54

join52:
	%1244 = mul i64 %289, 2
	%1245 = add i64 %1244, 32
	%1246 = add i64 %908, %1245
	%1247 = icmp slt i64 %1111, %45
	%1248 = icmp slt i64 %1246, %end
	%1249 = and i1 %1247, %1248
	br i1 %1249, label %then55, label %join56

then53:
	%1250 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1224
	store float %1242, float addrspace(1)* %1250
	br label %join54

join54:
	br label %join52

then55:
	%1251 = load float, float* %12
	%1252 = load float, float* %13
	%1253 = add i64 %1246, 1
	%1254 = icmp slt i64 %1253, %end
	%1255 = sdiv i64 %1246, 2
	%1256 = sdiv i64 %1255, 2
	%1257 = mul i64 %1256, 8
	%1258 = srem i64 %1255, 2
	%1259 = add i64 %1257, %1258
	%1260 = srem i64 %1246, 2
	%1261 = mul i64 %1260, 2
	%1262 = add i64 %1259, %1261
	%1263 = add i64 %1246, -24
	%1264 = add i64 %1263, 48
	%1265 = sdiv i64 %1263, 4
	%1266 = mul i64 %1265, 8
	%1267 = srem i64 %1263, 4
	%1268 = add i64 %1267, 4
	%1269 = add i64 %1266, %1268
	%1270 = icmp slt i64 %1263, 24
	%1271 = add i64 %1263, 24
	%1272 = select i1 %1270, i64 %1269, i64 %1271
	%1273 = icmp slt i64 %1246, 24
	%1274 = select i1 %1273, i64 %1262, i64 %1272
	%1275 = add i64 %1246, 1
	%1276 = sdiv i64 %1275, 2
	%1277 = sdiv i64 %1276, 2
	%1278 = mul i64 %1277, 8
	%1279 = srem i64 %1276, 2
	%1280 = add i64 %1278, %1279
	%1281 = srem i64 %1275, 2
	%1282 = mul i64 %1281, 2
	%1283 = add i64 %1280, %1282
	%1284 = add i64 %1275, -24
	%1285 = add i64 %1284, 48
	%1286 = sdiv i64 %1284, 4
	%1287 = mul i64 %1286, 8
	%1288 = srem i64 %1284, 4
	%1289 = add i64 %1288, 4
	%1290 = add i64 %1287, %1289
	%1291 = icmp slt i64 %1284, 24
	%1292 = add i64 %1284, 24
	%1293 = select i1 %1291, i64 %1290, i64 %1292
	%1294 = icmp slt i64 %1275, 24
	%1295 = select i1 %1294, i64 %1283, i64 %1293
	%1296 = select i1 %1254, i64 %1295, i64 %1274
	%1297 = mul i64 %1111, 64
	%1298 = add i64 %1297, %1274
	%1299 = add i64 %1297, %1296
	%1300 = icmp slt i64 %1246, 24
	%1301 = sdiv i64 %1246, 2
	%1302 = srem i64 %1301, 2
	%1303 = add i64 %47, %1111
	%1304 = mul i64 %1303, 4
	%1305 = getelementptr inbounds float, float addrspace(1)* %43, i64 %1304
	%1306 = getelementptr inbounds float, float addrspace(1)* %1305, i64 %1302
	%1307 = load float, float addrspace(1)* %1306
	%1308 = add i64 %1302, 2
	%1309 = getelementptr inbounds float, float addrspace(1)* %1305, i64 %1308
	%1310 = load float, float addrspace(1)* %1309
	%1311 = fmul float %1251, %1307
	%1312 = fmul float %1252, %1310
	%1313 = fsub float %1311, %1312
	%1314 = fmul float %1252, %1307
	%1315 = call float @llvm.fma.f32(float %1251, float %1310, float %1314)
	%1316 = select i1 %1300, float %1313, float %1251
	%1317 = select i1 %1300, float %1315, float %1252
	%1318 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1298
	store float %1316, float addrspace(1)* %1318
	br i1 %1254, label %then57, label %join58

join56:
	%1319 = add i64 %290, 16
	%1320 = add i64 %905, %1319
	%1321 = mul i64 %289, 2
	%1322 = add i64 %908, %1321
	%1323 = icmp slt i64 %1320, %45
	%1324 = icmp slt i64 %1322, %end
	%1325 = and i1 %1323, %1324
	br i1 %1325, label %then59, label %join60

then57:
	%1326 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1299
	store float %1317, float addrspace(1)* %1326
	br label %join58

join58:
	br label %join56

then59:
	%1327 = load float, float* %14
	%1328 = load float, float* %15
	%1329 = add i64 %1322, 1
	%1330 = icmp slt i64 %1329, %end
	%1331 = sdiv i64 %1322, 2
	%1332 = sdiv i64 %1331, 2
	%1333 = mul i64 %1332, 8
	%1334 = srem i64 %1331, 2
	%1335 = add i64 %1333, %1334
	%1336 = srem i64 %1322, 2
	%1337 = mul i64 %1336, 2
	%1338 = add i64 %1335, %1337
	%1339 = add i64 %1322, -24
	%1340 = add i64 %1339, 48
	%1341 = sdiv i64 %1339, 4
	%1342 = mul i64 %1341, 8
	%1343 = srem i64 %1339, 4
	%1344 = add i64 %1343, 4
	%1345 = add i64 %1342, %1344
	%1346 = icmp slt i64 %1339, 24
	%1347 = add i64 %1339, 24
	%1348 = select i1 %1346, i64 %1345, i64 %1347
	%1349 = icmp slt i64 %1322, 24
	%1350 = select i1 %1349, i64 %1338, i64 %1348
	%1351 = add i64 %1322, 1
	%1352 = sdiv i64 %1351, 2
	%1353 = sdiv i64 %1352, 2
	%1354 = mul i64 %1353, 8
	%1355 = srem i64 %1352, 2
	%1356 = add i64 %1354, %1355
	%1357 = srem i64 %1351, 2
	%1358 = mul i64 %1357, 2
	%1359 = add i64 %1356, %1358
	%1360 = add i64 %1351, -24
	%1361 = add i64 %1360, 48
	%1362 = sdiv i64 %1360, 4
	%1363 = mul i64 %1362, 8
	%1364 = srem i64 %1360, 4
	%1365 = add i64 %1364, 4
	%1366 = add i64 %1363, %1365
	%1367 = icmp slt i64 %1360, 24
	%1368 = add i64 %1360, 24
	%1369 = select i1 %1367, i64 %1366, i64 %1368
	%1370 = icmp slt i64 %1351, 24
	%1371 = select i1 %1370, i64 %1359, i64 %1369
	%1372 = select i1 %1330, i64 %1371, i64 %1350
	%1373 = mul i64 %1320, 64
	%1374 = add i64 %1373, %1350
	%1375 = add i64 %1373, %1372
	%1376 = icmp slt i64 %1322, 24
	%1377 = sdiv i64 %1322, 2
	%1378 = srem i64 %1377, 2
	%1379 = add i64 %47, %1320
	%1380 = mul i64 %1379, 4
	%1381 = getelementptr inbounds float, float addrspace(1)* %43, i64 %1380
	%1382 = getelementptr inbounds float, float addrspace(1)* %1381, i64 %1378
	%1383 = load float, float addrspace(1)* %1382
	%1384 = add i64 %1378, 2
	%1385 = getelementptr inbounds float, float addrspace(1)* %1381, i64 %1384
	%1386 = load float, float addrspace(1)* %1385
	%1387 = fmul float %1327, %1383
	%1388 = fmul float %1328, %1386
	%1389 = fsub float %1387, %1388
	%1390 = fmul float %1328, %1383
	%1391 = call float @llvm.fma.f32(float %1327, float %1386, float %1390)
	%1392 = select i1 %1376, float %1389, float %1327
	%1393 = select i1 %1376, float %1391, float %1328
	%1394 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1374
	store float %1392, float addrspace(1)* %1394
	br i1 %1330, label %then61, label %join62

join60:
	%1395 = mul i64 %289, 2
	%1396 = add i64 %1395, 32
	%1397 = add i64 %908, %1396
	%1398 = icmp slt i64 %1320, %45
	%1399 = icmp slt i64 %1397, %end
	%1400 = and i1 %1398, %1399
	br i1 %1400, label %then63, label %join64

then61:
	%1401 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1375
	store float %1393, float addrspace(1)* %1401
	br label %join62

join62:
	br label %join60

then63:
	%1402 = load float, float* %16
	%1403 = load float, float* %17
	%1404 = add i64 %1397, 1
	%1405 = icmp slt i64 %1404, %end
	%1406 = sdiv i64 %1397, 2
	%1407 = sdiv i64 %1406, 2
	%1408 = mul i64 %1407, 8
	%1409 = srem i64 %1406, 2
	%1410 = add i64 %1408, %1409
	%1411 = srem i64 %1397, 2
	%1412 = mul i64 %1411, 2
	%1413 = add i64 %1410, %1412
	%1414 = add i64 %1397, -24
	%1415 = add i64 %1414, 48
	%1416 = sdiv i64 %1414, 4
	%1417 = mul i64 %1416, 8
	%1418 = srem i64 %1414, 4
	%1419 = add i64 %1418, 4
	%1420 = add i64 %1417, %1419
	%1421 = icmp slt i64 %1414, 24
	%1422 = add i64 %1414, 24
	%1423 = select i1 %1421, i64 %1420, i64 %1422
	%1424 = icmp slt i64 %1397, 24
	%1425 = select i1 %1424, i64 %1413, i64 %1423
	%1426 = add i64 %1397, 1
	%1427 = sdiv i64 %1426, 2
	%1428 = sdiv i64 %1427, 2
	%1429 = mul i64 %1428, 8
	%1430 = srem i64 %1427, 2
	%1431 = add i64 %1429, %1430
	%1432 = srem i64 %1426, 2
	%1433 = mul i64 %1432, 2
	%1434 = add i64 %1431, %1433
	%1435 = add i64 %1426, -24
	%1436 = add i64 %1435, 48
	%1437 = sdiv i64 %1435, 4
	%1438 = mul i64 %1437, 8
	%1439 = srem i64 %1435, 4
	%1440 = add i64 %1439, 4
	%1441 = add i64 %1438, %1440
	%1442 = icmp slt i64 %1435, 24
	%1443 = add i64 %1435, 24
	%1444 = select i1 %1442, i64 %1441, i64 %1443
	%1445 = icmp slt i64 %1426, 24
	%1446 = select i1 %1445, i64 %1434, i64 %1444
	%1447 = select i1 %1405, i64 %1446, i64 %1425
	%1448 = mul i64 %1320, 64
	%1449 = add i64 %1448, %1425
	%1450 = add i64 %1448, %1447
	%1451 = icmp slt i64 %1397, 24
	%1452 = sdiv i64 %1397, 2
	%1453 = srem i64 %1452, 2
	%1454 = add i64 %47, %1320
	%1455 = mul i64 %1454, 4
	%1456 = getelementptr inbounds float, float addrspace(1)* %43, i64 %1455
	%1457 = getelementptr inbounds float, float addrspace(1)* %1456, i64 %1453
	%1458 = load float, float addrspace(1)* %1457
	%1459 = add i64 %1453, 2
	%1460 = getelementptr inbounds float, float addrspace(1)* %1456, i64 %1459
	%1461 = load float, float addrspace(1)* %1460
	%1462 = fmul float %1402, %1458
	%1463 = fmul float %1403, %1461
	%1464 = fsub float %1462, %1463
	%1465 = fmul float %1403, %1458
	%1466 = call float @llvm.fma.f32(float %1402, float %1461, float %1465)
	%1467 = select i1 %1451, float %1464, float %1402
	%1468 = select i1 %1451, float %1466, float %1403
	%1469 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1449
	store float %1467, float addrspace(1)* %1469
	br i1 %1405, label %then65, label %join66

join64:
	%1470 = add i64 %290, 32
	%1471 = add i64 %905, %1470
	%1472 = mul i64 %289, 2
	%1473 = add i64 %908, %1472
	%1474 = icmp slt i64 %1471, %45
	%1475 = icmp slt i64 %1473, %end
	%1476 = and i1 %1474, %1475
	br i1 %1476, label %then67, label %join68

then65:
	%1477 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1450
	store float %1468, float addrspace(1)* %1477
	br label %join66

join66:
	br label %join64

then67:
	%1478 = load float, float* %18
	%1479 = load float, float* %19
	%1480 = add i64 %1473, 1
	%1481 = icmp slt i64 %1480, %end
	%1482 = sdiv i64 %1473, 2
	%1483 = sdiv i64 %1482, 2
	%1484 = mul i64 %1483, 8
	%1485 = srem i64 %1482, 2
	%1486 = add i64 %1484, %1485
	%1487 = srem i64 %1473, 2
	%1488 = mul i64 %1487, 2
	%1489 = add i64 %1486, %1488
	%1490 = add i64 %1473, -24
	%1491 = add i64 %1490, 48
	%1492 = sdiv i64 %1490, 4
	%1493 = mul i64 %1492, 8
	%1494 = srem i64 %1490, 4
	%1495 = add i64 %1494, 4
	%1496 = add i64 %1493, %1495
	%1497 = icmp slt i64 %1490, 24
	%1498 = add i64 %1490, 24
	%1499 = select i1 %1497, i64 %1496, i64 %1498
	%1500 = icmp slt i64 %1473, 24
	%1501 = select i1 %1500, i64 %1489, i64 %1499
	%1502 = add i64 %1473, 1
	%1503 = sdiv i64 %1502, 2
	%1504 = sdiv i64 %1503, 2
	%1505 = mul i64 %1504, 8
	%1506 = srem i64 %1503, 2
	%1507 = add i64 %1505, %1506
	%1508 = srem i64 %1502, 2
	%1509 = mul i64 %1508, 2
	%1510 = add i64 %1507, %1509
	%1511 = add i64 %1502, -24
	%1512 = add i64 %1511, 48
	%1513 = sdiv i64 %1511, 4
	%1514 = mul i64 %1513, 8
	%1515 = srem i64 %1511, 4
	%1516 = add i64 %1515, 4
	%1517 = add i64 %1514, %1516
	%1518 = icmp slt i64 %1511, 24
	%1519 = add i64 %1511, 24
	%1520 = select i1 %1518, i64 %1517, i64 %1519
	%1521 = icmp slt i64 %1502, 24
	%1522 = select i1 %1521, i64 %1510, i64 %1520
	%1523 = select i1 %1481, i64 %1522, i64 %1501
	%1524 = mul i64 %1471, 64
	%1525 = add i64 %1524, %1501
	%1526 = add i64 %1524, %1523
	%1527 = icmp slt i64 %1473, 24
	%1528 = sdiv i64 %1473, 2
	%1529 = srem i64 %1528, 2
	%1530 = add i64 %47, %1471
	%1531 = mul i64 %1530, 4
	%1532 = getelementptr inbounds float, float addrspace(1)* %43, i64 %1531
	%1533 = getelementptr inbounds float, float addrspace(1)* %1532, i64 %1529
	%1534 = load float, float addrspace(1)* %1533
	%1535 = add i64 %1529, 2
	%1536 = getelementptr inbounds float, float addrspace(1)* %1532, i64 %1535
	%1537 = load float, float addrspace(1)* %1536
	%1538 = fmul float %1478, %1534
	%1539 = fmul float %1479, %1537
	%1540 = fsub float %1538, %1539
	%1541 = fmul float %1479, %1534
	%1542 = call float @llvm.fma.f32(float %1478, float %1537, float %1541)
	%1543 = select i1 %1527, float %1540, float %1478
	%1544 = select i1 %1527, float %1542, float %1479
	%1545 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1525
	store float %1543, float addrspace(1)* %1545
	br i1 %1481, label %then69, label %join70

join68:
	%1546 = mul i64 %289, 2
	%1547 = add i64 %1546, 32
	%1548 = add i64 %908, %1547
	%1549 = icmp slt i64 %1471, %45
	%1550 = icmp slt i64 %1548, %end
	%1551 = and i1 %1549, %1550
	br i1 %1551, label %then71, label %join72

then69:
	%1552 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1526
	store float %1544, float addrspace(1)* %1552
	br label %join70

join70:
	br label %join68

then71:
	%1553 = load float, float* %20
	%1554 = load float, float* %21
	%1555 = add i64 %1548, 1
	%1556 = icmp slt i64 %1555, %end
	%1557 = sdiv i64 %1548, 2
	%1558 = sdiv i64 %1557, 2
	%1559 = mul i64 %1558, 8
	%1560 = srem i64 %1557, 2
	%1561 = add i64 %1559, %1560
	%1562 = srem i64 %1548, 2
	%1563 = mul i64 %1562, 2
	%1564 = add i64 %1561, %1563
	%1565 = add i64 %1548, -24
	%1566 = add i64 %1565, 48
	%1567 = sdiv i64 %1565, 4
	%1568 = mul i64 %1567, 8
	%1569 = srem i64 %1565, 4
	%1570 = add i64 %1569, 4
	%1571 = add i64 %1568, %1570
	%1572 = icmp slt i64 %1565, 24
	%1573 = add i64 %1565, 24
	%1574 = select i1 %1572, i64 %1571, i64 %1573
	%1575 = icmp slt i64 %1548, 24
	%1576 = select i1 %1575, i64 %1564, i64 %1574
	%1577 = add i64 %1548, 1
	%1578 = sdiv i64 %1577, 2
	%1579 = sdiv i64 %1578, 2
	%1580 = mul i64 %1579, 8
	%1581 = srem i64 %1578, 2
	%1582 = add i64 %1580, %1581
	%1583 = srem i64 %1577, 2
	%1584 = mul i64 %1583, 2
	%1585 = add i64 %1582, %1584
	%1586 = add i64 %1577, -24
	%1587 = add i64 %1586, 48
	%1588 = sdiv i64 %1586, 4
	%1589 = mul i64 %1588, 8
	%1590 = srem i64 %1586, 4
	%1591 = add i64 %1590, 4
	%1592 = add i64 %1589, %1591
	%1593 = icmp slt i64 %1586, 24
	%1594 = add i64 %1586, 24
	%1595 = select i1 %1593, i64 %1592, i64 %1594
	%1596 = icmp slt i64 %1577, 24
	%1597 = select i1 %1596, i64 %1585, i64 %1595
	%1598 = select i1 %1556, i64 %1597, i64 %1576
	%1599 = mul i64 %1471, 64
	%1600 = add i64 %1599, %1576
	%1601 = add i64 %1599, %1598
	%1602 = icmp slt i64 %1548, 24
	%1603 = sdiv i64 %1548, 2
	%1604 = srem i64 %1603, 2
	%1605 = add i64 %47, %1471
	%1606 = mul i64 %1605, 4
	%1607 = getelementptr inbounds float, float addrspace(1)* %43, i64 %1606
	%1608 = getelementptr inbounds float, float addrspace(1)* %1607, i64 %1604
	%1609 = load float, float addrspace(1)* %1608
	%1610 = add i64 %1604, 2
	%1611 = getelementptr inbounds float, float addrspace(1)* %1607, i64 %1610
	%1612 = load float, float addrspace(1)* %1611
	%1613 = fmul float %1553, %1609
	%1614 = fmul float %1554, %1612
	%1615 = fsub float %1613, %1614
	%1616 = fmul float %1554, %1609
	%1617 = call float @llvm.fma.f32(float %1553, float %1612, float %1616)
	%1618 = select i1 %1602, float %1615, float %1553
	%1619 = select i1 %1602, float %1617, float %1554
	%1620 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1600
	store float %1618, float addrspace(1)* %1620
	br i1 %1556, label %then73, label %join74

join72:
	%1621 = add i64 %290, 48
	%1622 = add i64 %905, %1621
	%1623 = mul i64 %289, 2
	%1624 = add i64 %908, %1623
	%1625 = icmp slt i64 %1622, %45
	%1626 = icmp slt i64 %1624, %end
	%1627 = and i1 %1625, %1626
	br i1 %1627, label %then75, label %join76

then73:
	%1628 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1601
	store float %1619, float addrspace(1)* %1628
	br label %join74

join74:
	br label %join72

then75:
	%1629 = load float, float* %22
	%1630 = load float, float* %23
	%1631 = add i64 %1624, 1
	%1632 = icmp slt i64 %1631, %end
	%1633 = sdiv i64 %1624, 2
	%1634 = sdiv i64 %1633, 2
	%1635 = mul i64 %1634, 8
	%1636 = srem i64 %1633, 2
	%1637 = add i64 %1635, %1636
	%1638 = srem i64 %1624, 2
	%1639 = mul i64 %1638, 2
	%1640 = add i64 %1637, %1639
	%1641 = add i64 %1624, -24
	%1642 = add i64 %1641, 48
	%1643 = sdiv i64 %1641, 4
	%1644 = mul i64 %1643, 8
	%1645 = srem i64 %1641, 4
	%1646 = add i64 %1645, 4
	%1647 = add i64 %1644, %1646
	%1648 = icmp slt i64 %1641, 24
	%1649 = add i64 %1641, 24
	%1650 = select i1 %1648, i64 %1647, i64 %1649
	%1651 = icmp slt i64 %1624, 24
	%1652 = select i1 %1651, i64 %1640, i64 %1650
	%1653 = add i64 %1624, 1
	%1654 = sdiv i64 %1653, 2
	%1655 = sdiv i64 %1654, 2
	%1656 = mul i64 %1655, 8
	%1657 = srem i64 %1654, 2
	%1658 = add i64 %1656, %1657
	%1659 = srem i64 %1653, 2
	%1660 = mul i64 %1659, 2
	%1661 = add i64 %1658, %1660
	%1662 = add i64 %1653, -24
	%1663 = add i64 %1662, 48
	%1664 = sdiv i64 %1662, 4
	%1665 = mul i64 %1664, 8
	%1666 = srem i64 %1662, 4
	%1667 = add i64 %1666, 4
	%1668 = add i64 %1665, %1667
	%1669 = icmp slt i64 %1662, 24
	%1670 = add i64 %1662, 24
	%1671 = select i1 %1669, i64 %1668, i64 %1670
	%1672 = icmp slt i64 %1653, 24
	%1673 = select i1 %1672, i64 %1661, i64 %1671
	%1674 = select i1 %1632, i64 %1673, i64 %1652
	%1675 = mul i64 %1622, 64
	%1676 = add i64 %1675, %1652
	%1677 = add i64 %1675, %1674
	%1678 = icmp slt i64 %1624, 24
	%1679 = sdiv i64 %1624, 2
	%1680 = srem i64 %1679, 2
	%1681 = add i64 %47, %1622
	%1682 = mul i64 %1681, 4
	%1683 = getelementptr inbounds float, float addrspace(1)* %43, i64 %1682
	%1684 = getelementptr inbounds float, float addrspace(1)* %1683, i64 %1680
	%1685 = load float, float addrspace(1)* %1684
	%1686 = add i64 %1680, 2
	%1687 = getelementptr inbounds float, float addrspace(1)* %1683, i64 %1686
	%1688 = load float, float addrspace(1)* %1687
	%1689 = fmul float %1629, %1685
	%1690 = fmul float %1630, %1688
	%1691 = fsub float %1689, %1690
	%1692 = fmul float %1630, %1685
	%1693 = call float @llvm.fma.f32(float %1629, float %1688, float %1692)
	%1694 = select i1 %1678, float %1691, float %1629
	%1695 = select i1 %1678, float %1693, float %1630
	%1696 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1676
	store float %1694, float addrspace(1)* %1696
	br i1 %1632, label %then77, label %join78

join76:
	%1697 = mul i64 %289, 2
	%1698 = add i64 %1697, 32
	%1699 = add i64 %908, %1698
	%1700 = icmp slt i64 %1622, %45
	%1701 = icmp slt i64 %1699, %end
	%1702 = and i1 %1700, %1701
	br i1 %1702, label %then79, label %join80

then77:
	%1703 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1677
	store float %1695, float addrspace(1)* %1703
	br label %join78

join78:
	br label %join76

then79:
	%1704 = load float, float* %24
	%1705 = load float, float* %25
	%1706 = add i64 %1699, 1
	%1707 = icmp slt i64 %1706, %end
	%1708 = sdiv i64 %1699, 2
	%1709 = sdiv i64 %1708, 2
	%1710 = mul i64 %1709, 8
	%1711 = srem i64 %1708, 2
	%1712 = add i64 %1710, %1711
	%1713 = srem i64 %1699, 2
	%1714 = mul i64 %1713, 2
	%1715 = add i64 %1712, %1714
	%1716 = add i64 %1699, -24
	%1717 = add i64 %1716, 48
	%1718 = sdiv i64 %1716, 4
	%1719 = mul i64 %1718, 8
	%1720 = srem i64 %1716, 4
	%1721 = add i64 %1720, 4
	%1722 = add i64 %1719, %1721
	%1723 = icmp slt i64 %1716, 24
	%1724 = add i64 %1716, 24
	%1725 = select i1 %1723, i64 %1722, i64 %1724
	%1726 = icmp slt i64 %1699, 24
	%1727 = select i1 %1726, i64 %1715, i64 %1725
	%1728 = add i64 %1699, 1
	%1729 = sdiv i64 %1728, 2
	%1730 = sdiv i64 %1729, 2
	%1731 = mul i64 %1730, 8
	%1732 = srem i64 %1729, 2
	%1733 = add i64 %1731, %1732
	%1734 = srem i64 %1728, 2
	%1735 = mul i64 %1734, 2
	%1736 = add i64 %1733, %1735
	%1737 = add i64 %1728, -24
	%1738 = add i64 %1737, 48
	%1739 = sdiv i64 %1737, 4
	%1740 = mul i64 %1739, 8
	%1741 = srem i64 %1737, 4
	%1742 = add i64 %1741, 4
	%1743 = add i64 %1740, %1742
	%1744 = icmp slt i64 %1737, 24
	%1745 = add i64 %1737, 24
	%1746 = select i1 %1744, i64 %1743, i64 %1745
	%1747 = icmp slt i64 %1728, 24
	%1748 = select i1 %1747, i64 %1736, i64 %1746
	%1749 = select i1 %1707, i64 %1748, i64 %1727
	%1750 = mul i64 %1622, 64
	%1751 = add i64 %1750, %1727
	%1752 = add i64 %1750, %1749
	%1753 = icmp slt i64 %1699, 24
	%1754 = sdiv i64 %1699, 2
	%1755 = srem i64 %1754, 2
	%1756 = add i64 %47, %1622
	%1757 = mul i64 %1756, 4
	%1758 = getelementptr inbounds float, float addrspace(1)* %43, i64 %1757
	%1759 = getelementptr inbounds float, float addrspace(1)* %1758, i64 %1755
	%1760 = load float, float addrspace(1)* %1759
	%1761 = add i64 %1755, 2
	%1762 = getelementptr inbounds float, float addrspace(1)* %1758, i64 %1761
	%1763 = load float, float addrspace(1)* %1762
	%1764 = fmul float %1704, %1760
	%1765 = fmul float %1705, %1763
	%1766 = fsub float %1764, %1765
	%1767 = fmul float %1705, %1760
	%1768 = call float @llvm.fma.f32(float %1704, float %1763, float %1767)
	%1769 = select i1 %1753, float %1766, float %1704
	%1770 = select i1 %1753, float %1768, float %1705
	%1771 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1751
	store float %1769, float addrspace(1)* %1771
	br i1 %1707, label %then81, label %join82

join80:
	%1772 = add i64 %902, %31
	br label %loop42

then81:
	%1773 = getelementptr inbounds float, float addrspace(1)* %34, i64 %1752
	store float %1770, float addrspace(1)* %1773
	br label %join82

join82:
	br label %join80
}

define void @mtc_g_gqa_attention_kvstore_w16_ks64_ko32_vs64_vo48(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	br label %start1

start1:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = zext i32 %0 to i64
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%3 = zext i32 %2 to i64
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%5 = zext i32 %4 to i64
	%6 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%7 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %6
	%8 = bitcast i8 addrspace(1)* %7 to float addrspace(1)*
	%9 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%10 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %9
	%11 = bitcast i8 addrspace(1)* %10 to float addrspace(1)*
	%12 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 2
	%13 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %12
	%14 = bitcast i8 addrspace(1)* %13 to float addrspace(1)*
	%15 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 3
	%16 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %15
	%17 = bitcast i8 addrspace(1)* %16 to float addrspace(1)*
	%18 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 0
	%19 = load i64, i64 addrspace(1)* %18
	%20 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 1
	%21 = load i64, i64 addrspace(1)* %20
	%22 = add i64 %begin, %3
	%23 = icmp slt i64 %22, %end
	br i1 %23, label %cont2, label %ret3

cont2:
	%24 = add i64 %19, %22
	%25 = icmp ult i64 %24, %21
	br i1 %25, label %then4, label %join5

ret3:
	ret void

then4:
	%26 = mul i64 %24, 16
	%27 = getelementptr inbounds float, float addrspace(1)* %8, i64 %26
	%28 = mul i64 %24, 16
	%29 = getelementptr inbounds float, float addrspace(1)* %11, i64 %28
	%30 = mul i64 %22, 64
	%31 = add i64 %30, 32
	%32 = getelementptr inbounds float, float addrspace(1)* %14, i64 %31
	%33 = mul i64 %22, 64
	%34 = add i64 %33, 48
	%35 = getelementptr inbounds float, float addrspace(1)* %17, i64 %34
	br label %loop6

join5:
	ret void

loop6:
	%36 = phi i64 [ %1, %then4 ], [ %44, %body7 ]
	%37 = icmp slt i64 %36, 16
	br i1 %37, label %body7, label %done8

body7:
	%38 = getelementptr inbounds float, float addrspace(1)* %32, i64 %36
	%39 = load float, float addrspace(1)* %38
	%40 = getelementptr inbounds float, float addrspace(1)* %27, i64 %36
	store float %39, float addrspace(1)* %40
	%41 = getelementptr inbounds float, float addrspace(1)* %35, i64 %36
	%42 = load float, float addrspace(1)* %41
	%43 = getelementptr inbounds float, float addrspace(1)* %29, i64 %36
	store float %42, float addrspace(1)* %43
	%44 = add i64 %36, 256
	br label %loop6

done8:
	br label %join5
}

define void @mtc_g_gqa_attention_attend_h4_kv2_d8_qs64_qo0(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	%0 = alloca float
	%1 = alloca float
	br label %start1

start1:
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = zext i32 %2 to i64
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%5 = zext i32 %4 to i64
	%6 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%7 = zext i32 %6 to i64
	%8 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%9 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %8
	%10 = bitcast i8 addrspace(1)* %9 to float addrspace(1)*
	%11 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%12 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %11
	%13 = bitcast i8 addrspace(1)* %12 to float addrspace(1)*
	%14 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 2
	%15 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %14
	%16 = bitcast i8 addrspace(1)* %15 to float addrspace(1)*
	%17 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 3
	%18 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %17
	%19 = bitcast i8 addrspace(1)* %18 to float addrspace(1)*
	%20 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 0
	%21 = load i64, i64 addrspace(1)* %20
	%22 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 1
	%23 = load i64, i64 addrspace(1)* %22
	%24 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 2
	%25 = load i64, i64 addrspace(1)* %24
	%26 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 0) to float addrspace(3)*
	%27 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 64) to float addrspace(3)*
	%28 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 128) to float addrspace(3)*
	%29 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 1280) to float addrspace(3)*
	%30 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 2304) to float addrspace(3)*
	%31 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 2560) to float addrspace(3)*
	%32 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 2568) to float addrspace(3)*
	%33 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 2576) to float addrspace(3)*
	%34 = add i64 %begin, %5
	%35 = icmp slt i64 %34, %end
	br i1 %35, label %cont2, label %ret3

cont2:
	%36 = sdiv i64 %34, %21
	%37 = srem i64 %34, %21
	%38 = mul i64 %37, 32
	%39 = mul i64 %36, 16
	%40 = add i64 %38, %39
	%41 = getelementptr inbounds float, float addrspace(1)* %10, i64 %40
	%42 = icmp sge i64 %23, 0
	%43 = add i64 %23, %21
	%44 = icmp sle i64 %43, %25
	%45 = and i1 %42, %44
	br i1 %45, label %then4, label %else6

ret3:
	ret void

then4:
	%46 = mul i64 %37, 64
	%47 = mul i64 %36, 16
	%48 = add i64 %46, %47
	%49 = getelementptr inbounds float, float addrspace(1)* %13, i64 %48
	br label %loop7

join5:
	ret void

else6:
	br label %loop38

loop7:
	%50 = phi i64 [ %3, %then4 ], [ %57, %body8 ]
	%51 = icmp slt i64 %50, 16
	br i1 %51, label %body8, label %done9

body8:
	%52 = getelementptr inbounds float, float addrspace(1)* %49, i64 %50
	%53 = load float, float addrspace(1)* %52
	%54 = fmul float %53, 0x3FE0527DC0000000
	%55 = getelementptr inbounds float, float addrspace(3)* %26, i64 %50
	store float %54, float addrspace(3)* %55
	%56 = getelementptr inbounds float, float addrspace(3)* %27, i64 %50
	store float 0.0, float addrspace(3)* %56
	%57 = add i64 %50, 128
	br label %loop7

done9:
	%58 = icmp slt i64 %3, 2
	br i1 %58, label %then10, label %join11

then10:
	%59 = getelementptr inbounds float, float addrspace(3)* %31, i64 %3
	store float 0xFFF0000000000000, float addrspace(3)* %59
	%60 = getelementptr inbounds float, float addrspace(3)* %32, i64 %3
	store float 0.0, float addrspace(3)* %60
	br label %join11

join11:
	call void @llvm.nvvm.barrier0()
	%61 = add i64 %23, %37
	%62 = add i64 %61, 1
	%63 = mul i64 %36, 8
	%64 = getelementptr inbounds float, float addrspace(1)* %16, i64 %63
	%65 = mul i64 %36, 8
	%66 = getelementptr inbounds float, float addrspace(1)* %19, i64 %65
	br label %loop12

loop12:
	%67 = phi i64 [ 0, %join11 ], [ %170, %done31 ]
	%68 = icmp slt i64 %67, %62
	br i1 %68, label %body13, label %done14

body13:
	br label %loop15

done14:
	br label %loop35

loop15:
	%69 = phi i64 [ %3, %body13 ], [ %90, %body16 ]
	%70 = icmp slt i64 %69, 256
	br i1 %70, label %body16, label %done17

body16:
	%71 = sdiv i64 %69, 8
	%72 = srem i64 %69, 8
	%73 = add i64 %67, %71
	%74 = icmp slt i64 %73, %62
	%75 = select i1 %74, i64 %73, i64 0
	%76 = mul i64 %75, 16
	%77 = add i64 %76, %72
	%78 = getelementptr inbounds float, float addrspace(1)* %64, i64 %77
	%79 = load float, float addrspace(1)* %78
	%80 = select i1 %74, float %79, float 0.0
	%81 = mul i64 %71, 9
	%82 = add i64 %81, %72
	%83 = getelementptr inbounds float, float addrspace(3)* %28, i64 %82
	store float %80, float addrspace(3)* %83
	%84 = getelementptr inbounds float, float addrspace(1)* %66, i64 %77
	%85 = load float, float addrspace(1)* %84
	%86 = select i1 %74, float %85, float 0.0
	%87 = mul i64 %71, 8
	%88 = add i64 %87, %72
	%89 = getelementptr inbounds float, float addrspace(3)* %29, i64 %88
	store float %86, float addrspace(3)* %89
	%90 = add i64 %69, 128
	br label %loop15

done17:
	call void @llvm.nvvm.barrier0()
	br label %loop18

loop18:
	%91 = phi i64 [ %3, %done17 ], [ %115, %done23 ]
	%92 = icmp slt i64 %91, 64
	br i1 %92, label %body19, label %done20

body19:
	%93 = sdiv i64 %91, 32
	%94 = srem i64 %91, 32
	%95 = mul i64 %93, 8
	%96 = getelementptr inbounds float, float addrspace(3)* %26, i64 %95
	%97 = mul i64 %94, 9
	%98 = getelementptr inbounds float, float addrspace(3)* %28, i64 %97
	store float 0.0, float* %0
	br label %loop21

done20:
	call void @llvm.nvvm.barrier0()
	%99 = sdiv i64 %3, 32
	%100 = srem i64 %3, 32
	br label %loop24

loop21:
	%101 = phi i64 [ 0, %body19 ], [ %109, %body22 ]
	%102 = icmp slt i64 %101, 8
	br i1 %102, label %body22, label %done23

body22:
	%103 = getelementptr inbounds float, float addrspace(3)* %96, i64 %101
	%104 = load float, float addrspace(3)* %103
	%105 = getelementptr inbounds float, float addrspace(3)* %98, i64 %101
	%106 = load float, float addrspace(3)* %105
	%107 = load float, float* %0
	%108 = call float @llvm.fma.f32(float %104, float %106, float %107)
	store float %108, float* %0
	%109 = add i64 %101, 1
	br label %loop21

done23:
	%110 = add i64 %67, %94
	%111 = icmp slt i64 %110, %62
	%112 = load float, float* %0
	%113 = select i1 %111, float %112, float 0xFFF0000000000000
	%114 = getelementptr inbounds float, float addrspace(3)* %30, i64 %91
	store float %113, float addrspace(3)* %114
	%115 = add i64 %91, 128
	br label %loop18

loop24:
	%116 = phi i64 [ %99, %done20 ], [ %157, %join28 ]
	%117 = icmp slt i64 %116, 2
	br i1 %117, label %body25, label %done26

body25:
	%118 = mul i64 %116, 32
	%119 = add i64 %118, %100
	%120 = getelementptr inbounds float, float addrspace(3)* %30, i64 %119
	%121 = load float, float addrspace(3)* %120
	%122 = getelementptr inbounds float, float addrspace(3)* %31, i64 %116
	%123 = load float, float addrspace(3)* %122
	%124 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %121, i32 16, i32 31)
	%125 = call float @llvm.maxnum.f32(float %121, float %124)
	%126 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %125, i32 8, i32 31)
	%127 = call float @llvm.maxnum.f32(float %125, float %126)
	%128 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %127, i32 4, i32 31)
	%129 = call float @llvm.maxnum.f32(float %127, float %128)
	%130 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %129, i32 2, i32 31)
	%131 = call float @llvm.maxnum.f32(float %129, float %130)
	%132 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %131, i32 1, i32 31)
	%133 = call float @llvm.maxnum.f32(float %131, float %132)
	%134 = call float @llvm.maxnum.f32(float %123, float %133)
	%135 = fsub float %121, %134
	%136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %135)
	%137 = getelementptr inbounds float, float addrspace(3)* %30, i64 %119
	store float %136, float addrspace(3)* %137
	%138 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %136, i32 16, i32 31)
	%139 = fadd float %136, %138
	%140 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %139, i32 8, i32 31)
	%141 = fadd float %139, %140
	%142 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %141, i32 4, i32 31)
	%143 = fadd float %141, %142
	%144 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %143, i32 2, i32 31)
	%145 = fadd float %143, %144
	%146 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %145, i32 1, i32 31)
	%147 = fadd float %145, %146
	%148 = icmp eq i64 %100, 0
	br i1 %148, label %then27, label %join28

done26:
	call void @llvm.nvvm.barrier0()
	br label %loop29

then27:
	%149 = fsub float %123, %134
	%150 = call float @llvm.nvvm.ex2.approx.ftz.f(float %149)
	%151 = getelementptr inbounds float, float addrspace(3)* %33, i64 %116
	store float %150, float addrspace(3)* %151
	%152 = getelementptr inbounds float, float addrspace(3)* %32, i64 %116
	%153 = load float, float addrspace(3)* %152
	%154 = call float @llvm.fma.f32(float %153, float %150, float %147)
	%155 = getelementptr inbounds float, float addrspace(3)* %32, i64 %116
	store float %154, float addrspace(3)* %155
	%156 = getelementptr inbounds float, float addrspace(3)* %31, i64 %116
	store float %134, float addrspace(3)* %156
	br label %join28

join28:
	%157 = add i64 %116, 4
	br label %loop24

loop29:
	%158 = phi i64 [ %3, %done26 ], [ %183, %done34 ]
	%159 = icmp slt i64 %158, 16
	br i1 %159, label %body30, label %done31

body30:
	%160 = sdiv i64 %158, 8
	%161 = srem i64 %158, 8
	%162 = getelementptr inbounds float, float addrspace(3)* %27, i64 %158
	%163 = load float, float addrspace(3)* %162
	%164 = getelementptr inbounds float, float addrspace(3)* %33, i64 %160
	%165 = load float, float addrspace(3)* %164
	%166 = fmul float %163, %165
	store float %166, float* %1
	%167 = mul i64 %160, 32
	%168 = getelementptr inbounds float, float addrspace(3)* %30, i64 %167
	%169 = getelementptr inbounds float, float addrspace(3)* %29, i64 %161
	br label %loop32

done31:
	call void @llvm.nvvm.barrier0()
	%170 = add i64 %67, 32
	br label %loop12

loop32:
	%171 = phi i64 [ 0, %body30 ], [ %180, %body33 ]
	%172 = icmp slt i64 %171, 32
	br i1 %172, label %body33, label %done34

body33:
	%173 = getelementptr inbounds float, float addrspace(3)* %168, i64 %171
	%174 = load float, float addrspace(3)* %173
	%175 = mul i64 %171, 8
	%176 = getelementptr inbounds float, float addrspace(3)* %169, i64 %175
	%177 = load float, float addrspace(3)* %176
	%178 = load float, float* %1
	%179 = call float @llvm.fma.f32(float %174, float %177, float %178)
	store float %179, float* %1
	%180 = add i64 %171, 1
	br label %loop32

done34:
	%181 = load float, float* %1
	%182 = getelementptr inbounds float, float addrspace(3)* %27, i64 %158
	store float %181, float addrspace(3)* %182
	%183 = add i64 %158, 128
	br label %loop29

loop35:
	%184 = phi i64 [ %3, %done14 ], [ %193, %body36 ]
	%185 = icmp slt i64 %184, 16
	br i1 %185, label %body36, label %done37

body36:
	%186 = getelementptr inbounds float, float addrspace(3)* %27, i64 %184
	%187 = load float, float addrspace(3)* %186
	%188 = sdiv i64 %184, 8
	%189 = getelementptr inbounds float, float addrspace(3)* %32, i64 %188
	%190 = load float, float addrspace(3)* %189
	%191 = fdiv float %187, %190
	%192 = getelementptr inbounds float, float addrspace(1)* %41, i64 %184
	store float %191, float addrspace(1)* %192
	%193 = add i64 %184, 128
	br label %loop35

done37:
	br label %join5

loop38:
	%194 = phi i64 [ %3, %else6 ], [ %197, %body39 ]
	%195 = icmp slt i64 %194, 16
	br i1 %195, label %body39, label %done40

body39:
	%196 = getelementptr inbounds float, float addrspace(1)* %41, i64 %194
	store float bitcast (i32 2143289344 to float), float addrspace(1)* %196
	%197 = add i64 %194, 128
	br label %loop38

done40:
	br label %join5
}

declare float @llvm.maxnum.f32(float %0, float %1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %0)

define void @mtc_g_matmul_add_bf16_k32_n24(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	%0 = alloca float
	%1 = alloca float
	%2 = alloca float
	%3 = alloca float
	%4 = alloca float
	%5 = alloca float
	%6 = alloca float
	%7 = alloca float
	%8 = alloca float
	%9 = alloca float
	%10 = alloca float
	%11 = alloca float
	%12 = alloca float
	%13 = alloca float
	%14 = alloca float
	%15 = alloca float
	%16 = alloca float
	%17 = alloca float
	%18 = alloca float
	%19 = alloca float
	%20 = alloca float
	%21 = alloca float
	%22 = alloca float
	%23 = alloca float
	%24 = alloca float
	%25 = alloca float
	br label %start1

start1:
	%26 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%27 = zext i32 %26 to i64
	%28 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%29 = zext i32 %28 to i64
	%30 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%31 = zext i32 %30 to i64
	%32 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%33 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %32
	%34 = bitcast i8 addrspace(1)* %33 to float addrspace(1)*
	%35 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%36 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %35
	%37 = bitcast i8 addrspace(1)* %36 to float addrspace(1)*
	%38 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 2
	%39 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %38
	%40 = bitcast i8 addrspace(1)* %39 to i16 addrspace(1)*
	%41 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 3
	%42 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %41
	%43 = bitcast i8 addrspace(1)* %42 to float addrspace(1)*
	%44 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 0
	%45 = load i64, i64 addrspace(1)* %44
	%46 = icmp eq i64 %45, 1
	%47 = icmp sle i64 %45, 4
	br i1 %46, label %then2, label %else4

then2:
	%48 = sdiv i64 %27, 32
	%49 = srem i64 %27, 32
	%50 = mul i64 %29, 16
	%51 = add i64 %begin, %50
	%52 = mul i64 %48, 2
	%53 = add i64 %51, %52
	%54 = icmp slt i64 %53, %end
	br i1 %54, label %then5, label %join6

join3:
	ret void

else4:
	br i1 %47, label %then16, label %else18

then5:
	%55 = add i64 %53, 1
	%56 = icmp slt i64 %55, %end
	%57 = add i64 %53, 1
	%58 = select i1 %56, i64 %57, i64 %53
	%59 = mul i64 %53, 32
	%60 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %59
	%61 = mul i64 %58, 32
	%62 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %61
	%63 = add i64 %45, -1
	%64 = icmp slt i64 0, %63
	%65 = select i1 %64, i64 0, i64 %63
	%66 = mul i64 %65, 32
	%67 = getelementptr inbounds float, float addrspace(1)* %37, i64 %66
	store float 0.0, float* %0
	store float 0.0, float* %1
	%68 = mul i64 %49, 8
	br label %loop7

join6:
	br label %join3

loop7:
	%69 = phi i64 [ %68, %then5 ], [ %150, %body8 ]
	%70 = icmp slt i64 %69, 32
	br i1 %70, label %body8, label %done9

body8:
	%71 = getelementptr inbounds i16, i16 addrspace(1)* %60, i64 %69
	%72 = bitcast i16 addrspace(1)* %71 to <4 x i32> addrspace(1)*
	%73 = load <4 x i32>, <4 x i32> addrspace(1)* %72, align 16
	%74 = extractelement <4 x i32> %73, i32 0
	%75 = extractelement <4 x i32> %73, i32 1
	%76 = extractelement <4 x i32> %73, i32 2
	%77 = extractelement <4 x i32> %73, i32 3
	%78 = shl i32 %74, 16
	%79 = bitcast i32 %78 to float
	%80 = and i32 %74, -65536
	%81 = bitcast i32 %80 to float
	%82 = shl i32 %75, 16
	%83 = bitcast i32 %82 to float
	%84 = and i32 %75, -65536
	%85 = bitcast i32 %84 to float
	%86 = shl i32 %76, 16
	%87 = bitcast i32 %86 to float
	%88 = and i32 %76, -65536
	%89 = bitcast i32 %88 to float
	%90 = shl i32 %77, 16
	%91 = bitcast i32 %90 to float
	%92 = and i32 %77, -65536
	%93 = bitcast i32 %92 to float
	%94 = getelementptr inbounds i16, i16 addrspace(1)* %62, i64 %69
	%95 = bitcast i16 addrspace(1)* %94 to <4 x i32> addrspace(1)*
	%96 = load <4 x i32>, <4 x i32> addrspace(1)* %95, align 16
	%97 = extractelement <4 x i32> %96, i32 0
	%98 = extractelement <4 x i32> %96, i32 1
	%99 = extractelement <4 x i32> %96, i32 2
	%100 = extractelement <4 x i32> %96, i32 3
	%101 = shl i32 %97, 16
	%102 = bitcast i32 %101 to float
	%103 = and i32 %97, -65536
	%104 = bitcast i32 %103 to float
	%105 = shl i32 %98, 16
	%106 = bitcast i32 %105 to float
	%107 = and i32 %98, -65536
	%108 = bitcast i32 %107 to float
	%109 = shl i32 %99, 16
	%110 = bitcast i32 %109 to float
	%111 = and i32 %99, -65536
	%112 = bitcast i32 %111 to float
	%113 = shl i32 %100, 16
	%114 = bitcast i32 %113 to float
	%115 = and i32 %100, -65536
	%116 = bitcast i32 %115 to float
	%117 = getelementptr inbounds float, float addrspace(1)* %67, i64 %69
	%118 = bitcast float addrspace(1)* %117 to <4 x float> addrspace(1)*
	%119 = load <4 x float>, <4 x float> addrspace(1)* %118, align 16
	%120 = extractelement <4 x float> %119, i32 0
	%121 = extractelement <4 x float> %119, i32 1
	%122 = extractelement <4 x float> %119, i32 2
	%123 = extractelement <4 x float> %119, i32 3
	%124 = add i64 %69, 4
	%125 = getelementptr inbounds float, float addrspace(1)* %67, i64 %124
	%126 = bitcast float addrspace(1)* %125 to <4 x float> addrspace(1)*
	%127 = load <4 x float>, <4 x float> addrspace(1)* %126, align 16
	%128 = extractelement <4 x float> %127, i32 0
	%129 = extractelement <4 x float> %127, i32 1
	%130 = extractelement <4 x float> %127, i32 2
	%131 = extractelement <4 x float> %127, i32 3
	%132 = load float, float* %0
	%133 = load float, float* %1
	%134 = call float @llvm.fma.f32(float %79, float %120, float %132)
	%135 = call float @llvm.fma.f32(float %102, float %120, float %133)
	%136 = call float @llvm.fma.f32(float %81, float %121, float %134)
	%137 = call float @llvm.fma.f32(float %104, float %121, float %135)
	%138 = call float @llvm.fma.f32(float %83, float %122, float %136)
	%139 = call float @llvm.fma.f32(float %106, float %122, float %137)
	%140 = call float @llvm.fma.f32(float %85, float %123, float %138)
	%141 = call float @llvm.fma.f32(float %108, float %123, float %139)
	%142 = call float @llvm.fma.f32(float %87, float %128, float %140)
	%143 = call float @llvm.fma.f32(float %110, float %128, float %141)
	%144 = call float @llvm.fma.f32(float %89, float %129, float %142)
	%145 = call float @llvm.fma.f32(float %112, float %129, float %143)
	%146 = call float @llvm.fma.f32(float %91, float %130, float %144)
	%147 = call float @llvm.fma.f32(float %114, float %130, float %145)
	%148 = call float @llvm.fma.f32(float %93, float %131, float %146)
	%149 = call float @llvm.fma.f32(float %116, float %131, float %147)
	store float %148, float* %0
	store float %149, float* %1
	%150 = add i64 %69, 256
	br label %loop7

done9:
	%151 = load float, float* %0
	%152 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %151, i32 16, i32 31)
	%153 = fadd float %151, %152
	%154 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %153, i32 8, i32 31)
	%155 = fadd float %153, %154
	%156 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %155, i32 4, i32 31)
	%157 = fadd float %155, %156
	%158 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %157, i32 2, i32 31)
	%159 = fadd float %157, %158
	%160 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %159, i32 1, i32 31)
	%161 = fadd float %159, %160
	%162 = load float, float* %1
	%163 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %162, i32 16, i32 31)
	%164 = fadd float %162, %163
	%165 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %164, i32 8, i32 31)
	%166 = fadd float %164, %165
	%167 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %166, i32 4, i32 31)
	%168 = fadd float %166, %167
	%169 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %168, i32 2, i32 31)
	%170 = fadd float %168, %169
	%171 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %170, i32 1, i32 31)
	%172 = fadd float %170, %171
	%173 = icmp eq i64 %49, 0
	br i1 %173, label %then10, label %join11

then10:
	%174 = icmp slt i64 0, %45
	br i1 %174, label %then12, label %join13

join11:
	br label %join6

then12:
	%175 = add i64 %53, 1
	%176 = select i1 %56, i64 %175, i64 %53
	%177 = mul i64 0, 24
	%178 = add i64 %177, %53
	%179 = add i64 %177, %176
	%180 = getelementptr inbounds float, float addrspace(1)* %43, i64 %178
	%181 = load float, float addrspace(1)* %180
	%182 = fadd float %161, %181
	%183 = getelementptr inbounds float, float addrspace(1)* %43, i64 %179
	%184 = load float, float addrspace(1)* %183
	%185 = fadd float %172, %184
	%186 = getelementptr inbounds float, float addrspace(1)* %34, i64 %178
	store float %182, float addrspace(1)* %186
	br i1 %56, label %then14, label %join15

join13:
	br label %join11

then14:
	%187 = getelementptr inbounds float, float addrspace(1)* %34, i64 %179
	store float %185, float addrspace(1)* %187
	br label %join15

join15:
	br label %join13

then16:
	%188 = sdiv i64 %27, 32
	%189 = srem i64 %27, 32
	%190 = mul i64 %29, 16
	%191 = add i64 %begin, %190
	%192 = mul i64 %188, 2
	%193 = add i64 %191, %192
	%194 = icmp slt i64 %193, %end
	br i1 %194, label %then19, label %join20

join17:
	br label %join3

else18:
	%195 = srem i64 %27, 16
	%196 = sdiv i64 %27, 16
	%197 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 0) to float addrspace(3)*
	%198 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 4160) to float addrspace(3)*
	%199 = add i64 %45, 63
	%200 = sdiv i64 %199, 64
	%201 = sub i64 %end, %begin
	%202 = add i64 %201, 63
	%203 = sdiv i64 %202, 64
	%204 = mul i64 %200, %203
	br label %loop42

then19:
	%205 = add i64 %193, 1
	%206 = icmp slt i64 %205, %end
	%207 = add i64 %193, 1
	%208 = select i1 %206, i64 %207, i64 %193
	%209 = mul i64 %193, 32
	%210 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %209
	%211 = mul i64 %208, 32
	%212 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %211
	%213 = add i64 %45, -1
	%214 = icmp slt i64 0, %213
	%215 = select i1 %214, i64 0, i64 %213
	%216 = mul i64 %215, 32
	%217 = getelementptr inbounds float, float addrspace(1)* %37, i64 %216
	%218 = add i64 %45, -1
	%219 = icmp slt i64 1, %218
	%220 = select i1 %219, i64 1, i64 %218
	%221 = mul i64 %220, 32
	%222 = getelementptr inbounds float, float addrspace(1)* %37, i64 %221
	%223 = add i64 %45, -1
	%224 = icmp slt i64 2, %223
	%225 = select i1 %224, i64 2, i64 %223
	%226 = mul i64 %225, 32
	%227 = getelementptr inbounds float, float addrspace(1)* %37, i64 %226
	%228 = add i64 %45, -1
	%229 = icmp slt i64 3, %228
	%230 = select i1 %229, i64 3, i64 %228
	%231 = mul i64 %230, 32
	%232 = getelementptr inbounds float, float addrspace(1)* %37, i64 %231
	store float 0.0, float* %2
	store float 0.0, float* %3
	store float 0.0, float* %4
	store float 0.0, float* %5
	store float 0.0, float* %6
	store float 0.0, float* %7
	store float 0.0, float* %8
	store float 0.0, float* %9
	%233 = mul i64 %189, 8
	br label %loop21

join20:
	br label %join17

loop21:
	%234 = phi i64 [ %233, %then19 ], [ %414, %body22 ]
	%235 = icmp slt i64 %234, 32
	br i1 %235, label %body22, label %done23

body22:
	%236 = getelementptr inbounds i16, i16 addrspace(1)* %210, i64 %234
	%237 = bitcast i16 addrspace(1)* %236 to <4 x i32> addrspace(1)*
	%238 = load <4 x i32>, <4 x i32> addrspace(1)* %237, align 16
	%239 = extractelement <4 x i32> %238, i32 0
	%240 = extractelement <4 x i32> %238, i32 1
	%241 = extractelement <4 x i32> %238, i32 2
	%242 = extractelement <4 x i32> %238, i32 3
	%243 = shl i32 %239, 16
	%244 = bitcast i32 %243 to float
	%245 = and i32 %239, -65536
	%246 = bitcast i32 %245 to float
	%247 = shl i32 %240, 16
	%248 = bitcast i32 %247 to float
	%249 = and i32 %240, -65536
	%250 = bitcast i32 %249 to float
	%251 = shl i32 %241, 16
	%252 = bitcast i32 %251 to float
	%253 = and i32 %241, -65536
	%254 = bitcast i32 %253 to float
	%255 = shl i32 %242, 16
	%256 = bitcast i32 %255 to float
	%257 = and i32 %242, -65536
	%258 = bitcast i32 %257 to float
	%259 = getelementptr inbounds i16, i16 addrspace(1)* %212, i64 %234
	%260 = bitcast i16 addrspace(1)* %259 to <4 x i32> addrspace(1)*
	%261 = load <4 x i32>, <4 x i32> addrspace(1)* %260, align 16
	%262 = extractelement <4 x i32> %261, i32 0
	%263 = extractelement <4 x i32> %261, i32 1
	%264 = extractelement <4 x i32> %261, i32 2
	%265 = extractelement <4 x i32> %261, i32 3
	%266 = shl i32 %262, 16
	%267 = bitcast i32 %266 to float
	%268 = and i32 %262, -65536
	%269 = bitcast i32 %268 to float
	%270 = shl i32 %263, 16
	%271 = bitcast i32 %270 to float
	%272 = and i32 %263, -65536
	%273 = bitcast i32 %272 to float
	%274 = shl i32 %264, 16
	%275 = bitcast i32 %274 to float
	%276 = and i32 %264, -65536
	%277 = bitcast i32 %276 to float
	%278 = shl i32 %265, 16
	%279 = bitcast i32 %278 to float
	%280 = and i32 %265, -65536
	%281 = bitcast i32 %280 to float
	%282 = getelementptr inbounds float, float addrspace(1)* %217, i64 %234
	%283 = bitcast float addrspace(1)* %282 to <4 x float> addrspace(1)*
	%284 = load <4 x float>, <4 x float> addrspace(1)* %283, align 16
	%285 = extractelement <4 x float> %284, i32 0
	%286 = extractelement <4 x float> %284, i32 1
	%287 = extractelement <4 x float> %284, i32 2
	%288 = extractelement <4 x float> %284, i32 3
	%289 = add i64 %234, 4
	%290 = getelementptr inbounds float, float addrspace(1)* %217, i64 %289
	%291 = bitcast float addrspace(1)* %290 to <4 x float> addrspace(1)*
	%292 = load <4 x float>, <4 x float> addrspace(1)* %291, align 16
	%293 = extractelement <4 x float> %292, i32 0
	%294 = extractelement <4 x float> %292, i32 1
	%295 = extractelement <4 x float> %292, i32 2
	%296 = extractelement <4 x float> %292, i32 3
	%297 = load float, float* %2
	%298 = load float, float* %3
	%299 = call float @llvm.fma.f32(float %244, float %285, float %297)
	%300 = call float @llvm.fma.f32(float %267, float %285, float %298)
	%301 = call float @llvm.fma.f32(float %246, float %286, float %299)
	%302 = call float @llvm.fma.f32(float %269, float %286, float %300)
	%303 = call float @llvm.fma.f32(float %248, float %287, float %301)
	%304 = call float @llvm.fma.f32(float %271, float %287, float %302)
	%305 = call float @llvm.fma.f32(float %250, float %288, float %303)
	%306 = call float @llvm.fma.f32(float %273, float %288, float %304)
	%307 = call float @llvm.fma.f32(float %252, float %293, float %305)
	%308 = call float @llvm.fma.f32(float %275, float %293, float %306)
	%309 = call float @llvm.fma.f32(float %254, float %294, float %307)
	%310 = call float @llvm.fma.f32(float %277, float %294, float %308)
	%311 = call float @llvm.fma.f32(float %256, float %295, float %309)
	%312 = call float @llvm.fma.f32(float %279, float %295, float %310)
	%313 = call float @llvm.fma.f32(float %258, float %296, float %311)
	%314 = call float @llvm.fma.f32(float %281, float %296, float %312)
	store float %313, float* %2
	store float %314, float* %3
	%315 = getelementptr inbounds float, float addrspace(1)* %222, i64 %234
	%316 = bitcast float addrspace(1)* %315 to <4 x float> addrspace(1)*
	%317 = load <4 x float>, <4 x float> addrspace(1)* %316, align 16
	%318 = extractelement <4 x float> %317, i32 0
	%319 = extractelement <4 x float> %317, i32 1
	%320 = extractelement <4 x float> %317, i32 2
	%321 = extractelement <4 x float> %317, i32 3
	%322 = add i64 %234, 4
	%323 = getelementptr inbounds float, float addrspace(1)* %222, i64 %322
	%324 = bitcast float addrspace(1)* %323 to <4 x float> addrspace(1)*
	%325 = load <4 x float>, <4 x float> addrspace(1)* %324, align 16
	%326 = extractelement <4 x float> %325, i32 0
	%327 = extractelement <4 x float> %325, i32 1
	%328 = extractelement <4 x float> %325, i32 2
	%329 = extractelement <4 x float> %325, i32 3
	%330 = load float, float* %4
	%331 = load float, float* %5
	%332 = call float @llvm.fma.f32(float %244, float %318, float %330)
	%333 = call float @llvm.fma.f32(float %267, float %318, float %331)
	%334 = call float @llvm.fma.f32(float %246, float %319, float %332)
	%335 = call float @llvm.fma.f32(float %269, float %319, float %333)
	%336 = call float @llvm.fma.f32(float %248, float %320, float %334)
	%337 = call float @llvm.fma.f32(float %271, float %320, float %335)
	%338 = call float @llvm.fma.f32(float %250, float %321, float %336)
	%339 = call float @llvm.fma.f32(float %273, float %321, float %337)
	%340 = call float @llvm.fma.f32(float %252, float %326, float %338)
	%341 = call float @llvm.fma.f32(float %275, float %326, float %339)
	%342 = call float @llvm.fma.f32(float %254, float %327, float %340)
	%343 = call float @llvm.fma.f32(float %277, float %327, float %341)
	%344 = call float @llvm.fma.f32(float %256, float %328, float %342)
	%345 = call float @llvm.fma.f32(float %279, float %328, float %343)
	%346 = call float @llvm.fma.f32(float %258, float %329, float %344)
	%347 = call float @llvm.fma.f32(float %281, float %329, float %345)
	store float %346, float* %4
	store float %347, float* %5
	%348 = getelementptr inbounds float, float addrspace(1)* %227, i64 %234
	%349 = bitcast float addrspace(1)* %348 to <4 x float> addrspace(1)*
	%350 = load <4 x float>, <4 x float> addrspace(1)* %349, align 16
	%351 = extractelement <4 x float> %350, i32 0
	%352 = extractelement <4 x float> %350, i32 1
	%353 = extractelement <4 x float> %350, i32 2
	%354 = extractelement <4 x float> %350, i32 3
	%355 = add i64 %234, 4
	%356 = getelementptr inbounds float, float addrspace(1)* %227, i64 %355
	%357 = bitcast float addrspace(1)* %356 to <4 x float> addrspace(1)*
	%358 = load <4 x float>, <4 x float> addrspace(1)* %357, align 16
	%359 = extractelement <4 x float> %358, i32 0
	%360 = extractelement <4 x float> %358, i32 1
	%361 = extractelement <4 x float> %358, i32 2
	%362 = extractelement <4 x float> %358, i32 3
	%363 = load float, float* %6
	%364 = load float, float* %7
	%365 = call float @llvm.fma.f32(float %244, float %351, float %363)
	%366 = call float @llvm.fma.f32(float %267, float %351, float %364)
	%367 = call float @llvm.fma.f32(float %246, float %352, float %365)
	%368 = call float @llvm.fma.f32(float %269, float %352, float %366)
	%369 = call float @llvm.fma.f32(float %248, float %353, float %367)
	%370 = call float @llvm.fma.f32(float %271, float %353, float %368)
	%371 = call float @llvm.fma.f32(float %250, float %354, float %369)
	%372 = call float @llvm.fma.f32(float %273, float %354, float %370)
	%373 = call float @llvm.fma.f32(float %252, float %359, float %371)
	%374 = call float @llvm.fma.f32(float %275, float %359, float %372)
	%375 = call float @llvm.fma.f32(float %254, float %360, float %373)
	%376 = call float @llvm.fma.f32(float %277, float %360, float %374)
	%377 = call float @llvm.fma.f32(float %256, float %361, float %375)
	%378 = call float @llvm.fma.f32(float %279, float %361, float %376)
	%379 = call float @llvm.fma.f32(float %258, float %362, float %377)
	%380 = call float @llvm.fma.f32(float %281, float %362, float %378)
	store float %379, float* %6
	store float %380, float* %7
	%381 = getelementptr inbounds float, float addrspace(1)* %232, i64 %234
	%382 = bitcast float addrspace(1)* %381 to <4 x float> addrspace(1)*
	%383 = load <4 x float>, <4 x float> addrspace(1)* %382, align 16
	%384 = extractelement <4 x float> %383, i32 0
	%385 = extractelement <4 x float> %383, i32 1
	%386 = extractelement <4 x float> %383, i32 2
	%387 = extractelement <4 x float> %383, i32 3
	%388 = add i64 %234, 4
	%389 = getelementptr inbounds float, float addrspace(1)* %232, i64 %388
	%390 = bitcast float addrspace(1)* %389 to <4 x float> addrspace(1)*
	%391 = load <4 x float>, <4 x float> addrspace(1)* %390, align 16
	%392 = extractelement <4 x float> %391, i32 0
	%393 = extractelement <4 x float> %391, i32 1
	%394 = extractelement <4 x float> %391, i32 2
	%395 = extractelement <4 x float> %391, i32 3
	%396 = load float, float* %8
	%397 = load float, float* %9
	%398 = call float @llvm.fma.f32(float %244, float %384, float %396)
	%399 = call float @llvm.fma.f32(float %267, float %384, float %397)
	%400 = call float @llvm.fma.f32(float %246, float %385, float %398)
	%401 = call float @llvm.fma.f32(float %269, float %385, float %399)
	%402 = call float @llvm.fma.f32(float %248, float %386, float %400)
	%403 = call float @llvm.fma.f32(float %271, float %386, float %401)
	%404 = call float @llvm.fma.f32(float %250, float %387, float %402)
	%405 = call float @llvm.fma.f32(float %273, float %387, float %403)
	%406 = call float @llvm.fma.f32(float %252, float %392, float %404)
	%407 = call float @llvm.fma.f32(float %275, float %392, float %405)
	%408 = call float @llvm.fma.f32(float %254, float %393, float %406)
	%409 = call float @llvm.fma.f32(float %277, float %393, float %407)
	%410 = call float @llvm.fma.f32(float %256, float %394, float %408)
	%411 = call float @llvm.fma.f32(float %279, float %394, float %409)
	%412 = call float @llvm.fma.f32(float %258, float %395, float %410)
	%413 = call float @llvm.fma.f32(float %281, float %395, float %411)
	store float %412, float* %8
	store float %413, float* %9
	%414 = add i64 %234, 256
	br label %loop21

done23:
	%415 = load float, float* %2
	%416 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %415, i32 16, i32 31)
	%417 = fadd float %415, %416
	%418 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %417, i32 8, i32 31)
	%419 = fadd float %417, %418
	%420 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %419, i32 4, i32 31)
	%421 = fadd float %419, %420
	%422 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %421, i32 2, i32 31)
	%423 = fadd float %421, %422
	%424 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %423, i32 1, i32 31)
	%425 = fadd float %423, %424
	%426 = load float, float* %3
	%427 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %426, i32 16, i32 31)
	%428 = fadd float %426, %427
	%429 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %428, i32 8, i32 31)
	%430 = fadd float %428, %429
	%431 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %430, i32 4, i32 31)
	%432 = fadd float %430, %431
	%433 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %432, i32 2, i32 31)
	%434 = fadd float %432, %433
	%435 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %434, i32 1, i32 31)
	%436 = fadd float %434, %435
	%437 = load float, float* %4
	%438 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %437, i32 16, i32 31)
	%439 = fadd float %437, %438
	%440 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %439, i32 8, i32 31)
	%441 = fadd float %439, %440
	%442 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %441, i32 4, i32 31)
	%443 = fadd float %441, %442
	%444 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %443, i32 2, i32 31)
	%445 = fadd float %443, %444
	%446 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %445, i32 1, i32 31)
	%447 = fadd float %445, %446
	%448 = load float, float* %5
	%449 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %448, i32 16, i32 31)
	%450 = fadd float %448, %449
	%451 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %450, i32 8, i32 31)
	%452 = fadd float %450, %451
	%453 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %452, i32 4, i32 31)
	%454 = fadd float %452, %453
	%455 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %454, i32 2, i32 31)
	%456 = fadd float %454, %455
	%457 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %456, i32 1, i32 31)
	%458 = fadd float %456, %457
	%459 = load float, float* %6
	%460 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %459, i32 16, i32 31)
	%461 = fadd float %459, %460
	%462 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %461, i32 8, i32 31)
	%463 = fadd float %461, %462
	%464 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %463, i32 4, i32 31)
	%465 = fadd float %463, %464
	%466 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %465, i32 2, i32 31)
	%467 = fadd float %465, %466
	%468 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %467, i32 1, i32 31)
	%469 = fadd float %467, %468
	%470 = load float, float* %7
	%471 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %470, i32 16, i32 31)
	%472 = fadd float %470, %471
	%473 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %472, i32 8, i32 31)
	%474 = fadd float %472, %473
	%475 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %474, i32 4, i32 31)
	%476 = fadd float %474, %475
	%477 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %476, i32 2, i32 31)
	%478 = fadd float %476, %477
	%479 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %478, i32 1, i32 31)
	%480 = fadd float %478, %479
	%481 = load float, float* %8
	%482 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %481, i32 16, i32 31)
	%483 = fadd float %481, %482
	%484 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %483, i32 8, i32 31)
	%485 = fadd float %483, %484
	%486 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %485, i32 4, i32 31)
	%487 = fadd float %485, %486
	%488 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %487, i32 2, i32 31)
	%489 = fadd float %487, %488
	%490 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %489, i32 1, i32 31)
	%491 = fadd float %489, %490
	%492 = load float, float* %9
	%493 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %492, i32 16, i32 31)
	%494 = fadd float %492, %493
	%495 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %494, i32 8, i32 31)
	%496 = fadd float %494, %495
	%497 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %496, i32 4, i32 31)
	%498 = fadd float %496, %497
	%499 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %498, i32 2, i32 31)
	%500 = fadd float %498, %499
	%501 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %500, i32 1, i32 31)
	%502 = fadd float %500, %501
	%503 = icmp eq i64 %189, 0
	br i1 %503, label %then24, label %join25

then24:
	%504 = icmp slt i64 0, %45
	br i1 %504, label %then26, label %join27

join25:
	br label %join20

then26:
	%505 = add i64 %193, 1
	%506 = select i1 %206, i64 %505, i64 %193
	%507 = mul i64 0, 24
	%508 = add i64 %507, %193
	%509 = add i64 %507, %506
	%510 = getelementptr inbounds float, float addrspace(1)* %43, i64 %508
	%511 = load float, float addrspace(1)* %510
	%512 = fadd float %425, %511
	%513 = getelementptr inbounds float, float addrspace(1)* %43, i64 %509
	%514 = load float, float addrspace(1)* %513
	%515 = fadd float %436, %514
	%516 = getelementptr inbounds float, float addrspace(1)* %34, i64 %508
	store float %512, float addrspace(1)* %516
	br i1 %206, label %then28, label %join29

join27:
	%517 = icmp slt i64 1, %45
	br i1 %517, label %then30, label %join31

then28:
	%518 = getelementptr inbounds float, float addrspace(1)* %34, i64 %509
	store float %515, float addrspace(1)* %518
	br label %join29

join29:
	br label %join27

then30:
	%519 = add i64 %193, 1
	%520 = select i1 %206, i64 %519, i64 %193
	%521 = mul i64 1, 24
	%522 = add i64 %521, %193
	%523 = add i64 %521, %520
	%524 = getelementptr inbounds float, float addrspace(1)* %43, i64 %522
	%525 = load float, float addrspace(1)* %524
	%526 = fadd float %447, %525
	%527 = getelementptr inbounds float, float addrspace(1)* %43, i64 %523
	%528 = load float, float addrspace(1)* %527
	%529 = fadd float %458, %528
	%530 = getelementptr inbounds float, float addrspace(1)* %34, i64 %522
	store float %526, float addrspace(1)* %530
	br i1 %206, label %then32, label %join33

join31:
	%531 = icmp slt i64 2, %45
	br i1 %531, label %then34, label %join35

then32:
	%532 = getelementptr inbounds float, float addrspace(1)* %34, i64 %523
	store float %529, float addrspace(1)* %532
	br label %join33

join33:
	br label %join31

then34:
	%533 = add i64 %193, 1
	%534 = select i1 %206, i64 %533, i64 %193
	%535 = mul i64 2, 24
	%536 = add i64 %535, %193
	%537 = add i64 %535, %534
	%538 = getelementptr inbounds float, float addrspace(1)* %43, i64 %536
	%539 = load float, float addrspace(1)* %538
	%540 = fadd float %469, %539
	%541 = getelementptr inbounds float, float addrspace(1)* %43, i64 %537
	%542 = load float, float addrspace(1)* %541
	%543 = fadd float %480, %542
	%544 = getelementptr inbounds float, float addrspace(1)* %34, i64 %536
	store float %540, float addrspace(1)* %544
	br i1 %206, label %then36, label %join37

join35:
	%545 = icmp slt i64 3, %45
	br i1 %545, label %then38, label %join39

then36:
	%546 = getelementptr inbounds float, float addrspace(1)* %34, i64 %537
	store float %543, float addrspace(1)* %546
	br label %join37

join37:
	br label %join35

then38:
	%547 = add i64 %193, 1
	%548 = select i1 %206, i64 %547, i64 %193
	%549 = mul i64 3, 24
	%550 = add i64 %549, %193
	%551 = add i64 %549, %548
	%552 = getelementptr inbounds float, float addrspace(1)* %43, i64 %550
	%553 = load float, float addrspace(1)* %552
	%554 = fadd float %491, %553
	%555 = getelementptr inbounds float, float addrspace(1)* %43, i64 %551
	%556 = load float, float addrspace(1)* %555
	%557 = fadd float %502, %556
	%558 = getelementptr inbounds float, float addrspace(1)* %34, i64 %550
	store float %554, float addrspace(1)* %558
	br i1 %206, label %then40, label %join41

join39:
	br label %join25

then40:
	%559 = getelementptr inbounds float, float addrspace(1)* %34, i64 %551
	store float %557, float addrspace(1)* %559
	br label %join41

join41:
	br label %join39

loop42:
	%560 = phi i64 [ %29, %else18 ], [ %934, %join80 ]
	%561 = icmp slt i64 %560, %204
	br i1 %561, label %body43, label %done44

body43:
	%562 = srem i64 %560, %200
	%563 = mul i64 %562, 64
	%564 = sdiv i64 %560, %200
	%565 = mul i64 %564, 64
	%566 = add i64 %begin, %565
	%567 = add i64 %563, %196
	%568 = icmp slt i64 %567, %45
	%569 = select i1 %568, i64 %567, i64 0
	%570 = mul i64 %569, 32
	%571 = getelementptr inbounds float, float addrspace(1)* %37, i64 %570
	%572 = add i64 %566, %196
	%573 = icmp slt i64 %572, %end
	%574 = select i1 %573, i64 %572, i64 0
	%575 = mul i64 %574, 32
	%576 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %575
	%577 = add i64 %196, 16
	%578 = add i64 %563, %577
	%579 = icmp slt i64 %578, %45
	%580 = select i1 %579, i64 %578, i64 0
	%581 = mul i64 %580, 32
	%582 = getelementptr inbounds float, float addrspace(1)* %37, i64 %581
	%583 = add i64 %196, 16
	%584 = add i64 %566, %583
	%585 = icmp slt i64 %584, %end
	%586 = select i1 %585, i64 %584, i64 0
	%587 = mul i64 %586, 32
	%588 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %587
	%589 = add i64 %196, 32
	%590 = add i64 %563, %589
	%591 = icmp slt i64 %590, %45
	%592 = select i1 %591, i64 %590, i64 0
	%593 = mul i64 %592, 32
	%594 = getelementptr inbounds float, float addrspace(1)* %37, i64 %593
	%595 = add i64 %196, 32
	%596 = add i64 %566, %595
	%597 = icmp slt i64 %596, %end
	%598 = select i1 %597, i64 %596, i64 0
	%599 = mul i64 %598, 32
	%600 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %599
	%601 = add i64 %196, 48
	%602 = add i64 %563, %601
	%603 = icmp slt i64 %602, %45
	%604 = select i1 %603, i64 %602, i64 0
	%605 = mul i64 %604, 32
	%606 = getelementptr inbounds float, float addrspace(1)* %37, i64 %605
	%607 = add i64 %196, 48
	%608 = add i64 %566, %607
	%609 = icmp slt i64 %608, %end
	%610 = select i1 %609, i64 %608, i64 0
	%611 = mul i64 %610, 32
	%612 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %611
	store float 0.0, float* %10
	store float 0.0, float* %11
	store float 0.0, float* %12
	store float 0.0, float* %13
	store float 0.0, float* %14
	store float 0.0, float* %15
	store float 0.0, float* %16
	store float 0.0, float* %17
	store float 0.0, float* %18
	store float 0.0, float* %19
	store float 0.0, float* %20
	store float 0.0, float* %21
	store float 0.0, float* %22
	store float 0.0, float* %23
	store float 0.0, float* %24
	store float 0.0, float* %25
	br label %loop45

done44:
	br label %join17

loop45:
	%613 = phi i64 [ 0, %body43 ], [ %753, %done50 ]
	%614 = icmp slt i64 %613, 32
	br i1 %614, label %body46, label %done47

body46:
	%615 = add i64 %613, %195
	%616 = icmp slt i64 %615, 32
	%617 = select i1 %616, i64 %615, i64 0
	%618 = and i1 %568, %616
	%619 = getelementptr inbounds float, float addrspace(1)* %571, i64 %617
	%620 = load float, float addrspace(1)* %619
	%621 = select i1 %618, float %620, float 0.0
	%622 = mul i64 %195, 65
	%623 = add i64 %622, %196
	%624 = getelementptr inbounds float, float addrspace(3)* %197, i64 %623
	store float %621, float addrspace(3)* %624
	%625 = and i1 %573, %616
	%626 = getelementptr inbounds i16, i16 addrspace(1)* %576, i64 %617
	%627 = load i16, i16 addrspace(1)* %626
	%628 = zext i16 %627 to i32
	%629 = shl i32 %628, 16
	%630 = bitcast i32 %629 to float
	%631 = select i1 %625, float %630, float 0.0
	%632 = mul i64 %195, 66
	%633 = add i64 %632, %196
	%634 = getelementptr inbounds float, float addrspace(3)* %198, i64 %633
	store float %631, float addrspace(3)* %634
	%635 = add i64 %196, 16
	%636 = and i1 %579, %616
	%637 = getelementptr inbounds float, float addrspace(1)* %582, i64 %617
	%638 = load float, float addrspace(1)* %637
	%639 = select i1 %636, float %638, float 0.0
	%640 = mul i64 %195, 65
	%641 = add i64 %640, %635
	%642 = getelementptr inbounds float, float addrspace(3)* %197, i64 %641
	store float %639, float addrspace(3)* %642
	%643 = and i1 %585, %616
	%644 = getelementptr inbounds i16, i16 addrspace(1)* %588, i64 %617
	%645 = load i16, i16 addrspace(1)* %644
	%646 = zext i16 %645 to i32
	%647 = shl i32 %646, 16
	%648 = bitcast i32 %647 to float
	%649 = select i1 %643, float %648, float 0.0
	%650 = mul i64 %195, 66
	%651 = add i64 %650, %635
	%652 = getelementptr inbounds float, float addrspace(3)* %198, i64 %651
	store float %649, float addrspace(3)* %652
	%653 = add i64 %196, 32
	%654 = and i1 %591, %616
	%655 = getelementptr inbounds float, float addrspace(1)* %594, i64 %617
	%656 = load float, float addrspace(1)* %655
	%657 = select i1 %654, float %656, float 0.0
	%658 = mul i64 %195, 65
	%659 = add i64 %658, %653
	%660 = getelementptr inbounds float, float addrspace(3)* %197, i64 %659
	store float %657, float addrspace(3)* %660
	%661 = and i1 %597, %616
	%662 = getelementptr inbounds i16, i16 addrspace(1)* %600, i64 %617
	%663 = load i16, i16 addrspace(1)* %662
	%664 = zext i16 %663 to i32
	%665 = shl i32 %664, 16
	%666 = bitcast i32 %665 to float
	%667 = select i1 %661, float %666, float 0.0
	%668 = mul i64 %195, 66
	%669 = add i64 %668, %653
	%670 = getelementptr inbounds float, float addrspace(3)* %198, i64 %669
	store float %667, float addrspace(3)* %670
	%671 = add i64 %196, 48
	%672 = and i1 %603, %616
	%673 = getelementptr inbounds float, float addrspace(1)* %606, i64 %617
	%674 = load float, float addrspace(1)* %673
	%675 = select i1 %672, float %674, float 0.0
	%676 = mul i64 %195, 65
	%677 = add i64 %676, %671
	%678 = getelementptr inbounds float, float addrspace(3)* %197, i64 %677
	store float %675, float addrspace(3)* %678
	%679 = and i1 %609, %616
	%680 = getelementptr inbounds i16, i16 addrspace(1)* %612, i64 %617
	%681 = load i16, i16 addrspace(1)* %680
	%682 = zext i16 %681 to i32
	%683 = shl i32 %682, 16
	%684 = bitcast i32 %683 to float
	%685 = select i1 %679, float %684, float 0.0
	%686 = mul i64 %195, 66
	%687 = add i64 %686, %671
	%688 = getelementptr inbounds float, float addrspace(3)* %198, i64 %687
	store float %685, float addrspace(3)* %688
	call void @llvm.nvvm.barrier0()
	br label %loop48

done47:
	%689 = add i64 %563, %196
	%690 = mul i64 %195, 2
	%691 = add i64 %566, %690
	%692 = icmp slt i64 %689, %45
	%693 = icmp slt i64 %691, %end
	%694 = and i1 %692, %693
	br i1 %694, label %then51, label %join52

loop48:
	%695 = phi i64 [ 0, %body46 ], [ %752, %body49 ]
	%696 = icmp slt i64 %695, 16
	br i1 %696, label %body49, label %done50

body49:
	%697 = mul i64 %695, 65
	%698 = add i64 %697, %196
	%699 = getelementptr inbounds float, float addrspace(3)* %197, i64 %698
	%700 = mul i64 %695, 66
	%701 = mul i64 %195, 2
	%702 = add i64 %700, %701
	%703 = getelementptr inbounds float, float addrspace(3)* %198, i64 %702
	%704 = getelementptr inbounds float, float addrspace(3)* %699, i64 0
	%705 = load float, float addrspace(3)* %704
	%706 = getelementptr inbounds float, float addrspace(3)* %699, i64 16
	%707 = load float, float addrspace(3)* %706
	%708 = getelementptr inbounds float, float addrspace(3)* %699, i64 32
	%709 = load float, float addrspace(3)* %708
	%710 = getelementptr inbounds float, float addrspace(3)* %699, i64 48
	%711 = load float, float addrspace(3)* %710
	%712 = getelementptr inbounds float, float addrspace(3)* %703, i64 0
	%713 = load float, float addrspace(3)* %712
	%714 = getelementptr inbounds float, float addrspace(3)* %703, i64 1
	%715 = load float, float addrspace(3)* %714
	%716 = getelementptr inbounds float, float addrspace(3)* %703, i64 32
	%717 = load float, float addrspace(3)* %716
	%718 = getelementptr inbounds float, float addrspace(3)* %703, i64 33
	%719 = load float, float addrspace(3)* %718
	%720 = load float, float* %10
	%721 = call float @llvm.fma.f32(float %705, float %713, float %720)
	store float %721, float* %10
	%722 = load float, float* %11
	%723 = call float @llvm.fma.f32(float %705, float %715, float %722)
	store float %723, float* %11
	%724 = load float, float* %12
	%725 = call float @llvm.fma.f32(float %705, float %717, float %724)
	store float %725, float* %12
	%726 = load float, float* %13
	%727 = call float @llvm.fma.f32(float %705, float %719, float %726)
	store float %727, float* %13
	%728 = load float, float* %14
	%729 = call float @llvm.fma.f32(float %707, float %713, float %728)
	store float %729, float* %14
	%730 = load float, float* %15
	%731 = call float @llvm.fma.f32(float %707, float %715, float %730)
	store float %731, float* %15
	%732 = load float, float* %16
	%733 = call float @llvm.fma.f32(float %707, float %717, float %732)
	store float %733, float* %16
	%734 = load float, float* %17
	%735 = call float @llvm.fma.f32(float %707, float %719, float %734)
	store float %735, float* %17
	%736 = load float, float* %18
	%737 = call float @llvm.fma.f32(float %709, float %713, float %736)
	store float %737, float* %18
	%738 = load float, float* %19
	%739 = call float @llvm.fma.f32(float %709, float %715, float %738)
	store float %739, float* %19
	%740 = load float, float* %20
	%741 = call float @llvm.fma.f32(float %709, float %717, float %740)
	store float %741, float* %20
	%742 = load float, float* %21
	%743 = call float @llvm.fma.f32(float %709, float %719, float %742)
	store float %743, float* %21
	%744 = load float, float* %22
	%745 = call float @llvm.fma.f32(float %711, float %713, float %744)
	store float %745, float* %22
	%746 = load float, float* %23
	%747 = call float @llvm.fma.f32(float %711, float %715, float %746)
	store float %747, float* %23
	%748 = load float, float* %24
	%749 = call float @llvm.fma.f32(float %711, float %717, float %748)
	store float %749, float* %24
	%750 = load float, float* %25
	%751 = call float @llvm.fma.f32(float %711, float %719, float %750)
	store float %751, float* %25
	%752 = add i64 %695, 1
	br label %loop48

done50:
	call void @llvm.nvvm.barrier0()
	%753 = add i64 %613, 16
	br label %loop45

then51:
	%754 = load float, float* %10
	%755 = load float, float* %11
	%756 = add i64 %691, 1
	%757 = icmp slt i64 %756, %end
	%758 = add i64 %691, 1
	%759 = select i1 %757, i64 %758, i64 %691
	%760 = mul i64 %689, 24
	%761 = add i64 %760, %691
	%762 = add i64 %760, %759
	%763 = getelementptr inbounds float, float addrspace(1)* %43, i64 %761
	%764 = load float, float addrspace(1)* %763
	%765 = fadd float %754, %764
	%766 = getelementptr inbounds float, float addrspace(1)* %43, i64 %762
	%767 = load float, float addrspace(1)* %766
	%768 = fadd float %755, %767
	%769 = getelementptr inbounds float, float addrspace(1)* %34, i64 %761
	store float %765, float addrspace(1)* %769
	br i1 %757, label %then53, label %join54

join52:
	%770 = mul i64 %195, 2
	%771 = add i64 %770, 32
	%772 = add i64 %566, %771
	%773 = icmp slt i64 %689, %45
	%774 = icmp slt i64 %772, %end
	%775 = and i1 %773, %774
	br i1 %775, label %then55, label %join56

then53:
	%776 = getelementptr inbounds float, float addrspace(1)* %34, i64 %762
	store float %768, float addrspace(1)* %776
	br label %join54

join54:
	br label %join52

then55:
	%777 = load float, float* %12
	%778 = load float, float* %13
	%779 = add i64 %772, 1
	%780 = icmp slt i64 %779, %end
	%781 = add i64 %772, 1
	%782 = select i1 %780, i64 %781, i64 %772
	%783 = mul i64 %689, 24
	%784 = add i64 %783, %772
	%785 = add i64 %783, %782
	%786 = getelementptr inbounds float, float addrspace(1)* %43, i64 %784
	%787 = load float, float addrspace(1)* %786
	%788 = fadd float %777, %787
	%789 = getelementptr inbounds float, float addrspace(1)* %43, i64 %785
	%790 = load float, float addrspace(1)* %789
	%791 = fadd float %778, %790
	%792 = getelementptr inbounds float, float addrspace(1)* %34, i64 %784
	store float %788, float addrspace(1)* %792
	br i1 %780, label %then57, label %join58

join56:
	%793 = add i64 %196, 16
	%794 = add i64 %563, %793
	%795 = mul i64 %195, 2
	%796 = add i64 %566, %795
	%797 = icmp slt i64 %794, %45
	%798 = icmp slt i64 %796, %end
	%799 = and i1 %797, %798
	br i1 %799, label %then59, label %join60

then57:
	%800 = getelementptr inbounds float, float addrspace(1)* %34, i64 %785
	store float %791, float addrspace(1)* %800
	br label %join58

join58:
	br label %join56

then59:
	%801 = load float, float* %14
	%802 = load float, float* %15
	%803 = add i64 %796, 1
	%804 = icmp slt i64 %803, %end
	%805 = add i64 %796, 1
	%806 = select i1 %804, i64 %805, i64 %796
	%807 = mul i64 %794, 24
	%808 = add i64 %807, %796
	%809 = add i64 %807, %806
	%810 = getelementptr inbounds float, float addrspace(1)* %43, i64 %808
	%811 = load float, float addrspace(1)* %810
	%812 = fadd float %801, %811
	%813 = getelementptr inbounds float, float addrspace(1)* %43, i64 %809
	%814 = load float, float addrspace(1)* %813
	%815 = fadd float %802, %814
	%816 = getelementptr inbounds float, float addrspace(1)* %34, i64 %808
	store float %812, float addrspace(1)* %816
	br i1 %804, label %then61, label %join62

join60:
	%817 = mul i64 %195, 2
	%818 = add i64 %817, 32
	%819 = add i64 %566, %818
	%820 = icmp slt i64 %794, %45
	%821 = icmp slt i64 %819, %end
	%822 = and i1 %820, %821
	br i1 %822, label %then63, label %join64

then61:
	%823 = getelementptr inbounds float, float addrspace(1)* %34, i64 %809
	store float %815, float addrspace(1)* %823
	br label %join62

join62:
	br label %join60

then63:
	%824 = load float, float* %16
	%825 = load float, float* %17
	%826 = add i64 %819, 1
	%827 = icmp slt i64 %826, %end
	%828 = add i64 %819, 1
	%829 = select i1 %827, i64 %828, i64 %819
	%830 = mul i64 %794, 24
	%831 = add i64 %830, %819
	%832 = add i64 %830, %829
	%833 = getelementptr inbounds float, float addrspace(1)* %43, i64 %831
	%834 = load float, float addrspace(1)* %833
	%835 = fadd float %824, %834
	%836 = getelementptr inbounds float, float addrspace(1)* %43, i64 %832
	%837 = load float, float addrspace(1)* %836
	%838 = fadd float %825, %837
	%839 = getelementptr inbounds float, float addrspace(1)* %34, i64 %831
	store float %835, float addrspace(1)* %839
	br i1 %827, label %then65, label %join66

join64:
	%840 = add i64 %196, 32
	%841 = add i64 %563, %840
	%842 = mul i64 %195, 2
	%843 = add i64 %566, %842
	%844 = icmp slt i64 %841, %45
	%845 = icmp slt i64 %843, %end
	%846 = and i1 %844, %845
	br i1 %846, label %then67, label %join68

then65:
	%847 = getelementptr inbounds float, float addrspace(1)* %34, i64 %832
	store float %838, float addrspace(1)* %847
	br label %join66

join66:
	br label %join64

then67:
	%848 = load float, float* %18
	%849 = load float, float* %19
	%850 = add i64 %843, 1
	%851 = icmp slt i64 %850, %end
	%852 = add i64 %843, 1
	%853 = select i1 %851, i64 %852, i64 %843
	%854 = mul i64 %841, 24
	%855 = add i64 %854, %843
	%856 = add i64 %854, %853
	%857 = getelementptr inbounds float, float addrspace(1)* %43, i64 %855
	%858 = load float, float addrspace(1)* %857
	%859 = fadd float %848, %858
	%860 = getelementptr inbounds float, float addrspace(1)* %43, i64 %856
	%861 = load float, float addrspace(1)* %860
	%862 = fadd float %849, %861
	%863 = getelementptr inbounds float, float addrspace(1)* %34, i64 %855
	store float %859, float addrspace(1)* %863
	br i1 %851, label %then69, label %join70

join68:
	%864 = mul i64 %195, 2
	%865 = add i64 %864, 32
	%866 = add i64 %566, %865
	%867 = icmp slt i64 %841, %45
	%868 = icmp slt i64 %866, %end
	%869 = and i1 %867, %868
	br i1 %869, label %then71, label %join72

then69:
	%870 = getelementptr inbounds float, float addrspace(1)* %34, i64 %856
	store float %862, float addrspace(1)* %870
	br label %join70

join70:
	br label %join68

then71:
	%871 = load float, float* %20
	%872 = load float, float* %21
	%873 = add i64 %866, 1
	%874 = icmp slt i64 %873, %end
	%875 = add i64 %866, 1
	%876 = select i1 %874, i64 %875, i64 %866
	%877 = mul i64 %841, 24
	%878 = add i64 %877, %866
	%879 = add i64 %877, %876
	%880 = getelementptr inbounds float, float addrspace(1)* %43, i64 %878
	%881 = load float, float addrspace(1)* %880
	%882 = fadd float %871, %881
	%883 = getelementptr inbounds float, float addrspace(1)* %43, i64 %879
	%884 = load float, float addrspace(1)* %883
	%885 = fadd float %872, %884
	%886 = getelementptr inbounds float, float addrspace(1)* %34, i64 %878
	store float %882, float addrspace(1)* %886
	br i1 %874, label %then73, label %join74

join72:
	%887 = add i64 %196, 48
	%888 = add i64 %563, %887
	%889 = mul i64 %195, 2
	%890 = add i64 %566, %889
	%891 = icmp slt i64 %888, %45
	%892 = icmp slt i64 %890, %end
	%893 = and i1 %891, %892
	br i1 %893, label %then75, label %join76

then73:
	%894 = getelementptr inbounds float, float addrspace(1)* %34, i64 %879
	store float %885, float addrspace(1)* %894
	br label %join74

join74:
	br label %join72

then75:
	%895 = load float, float* %22
	%896 = load float, float* %23
	%897 = add i64 %890, 1
	%898 = icmp slt i64 %897, %end
	%899 = add i64 %890, 1
	%900 = select i1 %898, i64 %899, i64 %890
	%901 = mul i64 %888, 24
	%902 = add i64 %901, %890
	%903 = add i64 %901, %900
	%904 = getelementptr inbounds float, float addrspace(1)* %43, i64 %902
	%905 = load float, float addrspace(1)* %904
	%906 = fadd float %895, %905
	%907 = getelementptr inbounds float, float addrspace(1)* %43, i64 %903
	%908 = load float, float addrspace(1)* %907
	%909 = fadd float %896, %908
	%910 = getelementptr inbounds float, float addrspace(1)* %34, i64 %902
	store float %906, float addrspace(1)* %910
	br i1 %898, label %then77, label %join78

join76:
	%911 = mul i64 %195, 2
	%912 = add i64 %911, 32
	%913 = add i64 %566, %912
	%914 = icmp slt i64 %888, %45
	%915 = icmp slt i64 %913, %end
	%916 = and i1 %914, %915
	br i1 %916, label %then79, label %join80

then77:
	%917 = getelementptr inbounds float, float addrspace(1)* %34, i64 %903
	store float %909, float addrspace(1)* %917
	br label %join78

join78:
	br label %join76

then79:
	%918 = load float, float* %24
	%919 = load float, float* %25
	%920 = add i64 %913, 1
	%921 = icmp slt i64 %920, %end
	%922 = add i64 %913, 1
	%923 = select i1 %921, i64 %922, i64 %913
	%924 = mul i64 %888, 24
	%925 = add i64 %924, %913
	%926 = add i64 %924, %923
	%927 = getelementptr inbounds float, float addrspace(1)* %43, i64 %925
	%928 = load float, float addrspace(1)* %927
	%929 = fadd float %918, %928
	%930 = getelementptr inbounds float, float addrspace(1)* %43, i64 %926
	%931 = load float, float addrspace(1)* %930
	%932 = fadd float %919, %931
	%933 = getelementptr inbounds float, float addrspace(1)* %34, i64 %925
	store float %929, float addrspace(1)* %933
	br i1 %921, label %then81, label %join82

join80:
	%934 = add i64 %560, %31
	br label %loop42

then81:
	%935 = getelementptr inbounds float, float addrspace(1)* %34, i64 %926
	store float %932, float addrspace(1)* %935
	br label %join82

join82:
	br label %join80
}

define void @mtc_g_matmul_sqrelu_bf16_k24_n40(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	%0 = alloca float
	%1 = alloca float
	%2 = alloca float
	%3 = alloca float
	%4 = alloca float
	%5 = alloca float
	%6 = alloca float
	%7 = alloca float
	%8 = alloca float
	%9 = alloca float
	%10 = alloca float
	%11 = alloca float
	%12 = alloca float
	%13 = alloca float
	%14 = alloca float
	%15 = alloca float
	%16 = alloca float
	%17 = alloca float
	%18 = alloca float
	%19 = alloca float
	%20 = alloca float
	%21 = alloca float
	%22 = alloca float
	%23 = alloca float
	%24 = alloca float
	%25 = alloca float
	br label %start1

start1:
	%26 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%27 = zext i32 %26 to i64
	%28 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%29 = zext i32 %28 to i64
	%30 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%31 = zext i32 %30 to i64
	%32 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%33 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %32
	%34 = bitcast i8 addrspace(1)* %33 to float addrspace(1)*
	%35 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%36 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %35
	%37 = bitcast i8 addrspace(1)* %36 to float addrspace(1)*
	%38 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 2
	%39 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %38
	%40 = bitcast i8 addrspace(1)* %39 to i16 addrspace(1)*
	%41 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 0
	%42 = load i64, i64 addrspace(1)* %41
	%43 = icmp eq i64 %42, 1
	%44 = icmp sle i64 %42, 4
	br i1 %43, label %then2, label %else4

then2:
	%45 = sdiv i64 %27, 32
	%46 = srem i64 %27, 32
	%47 = mul i64 %29, 16
	%48 = add i64 %begin, %47
	%49 = mul i64 %45, 2
	%50 = add i64 %48, %49
	%51 = icmp slt i64 %50, %end
	br i1 %51, label %then5, label %join6

join3:
	ret void

else4:
	br i1 %44, label %then16, label %else18

then5:
	%52 = add i64 %50, 1
	%53 = icmp slt i64 %52, %end
	%54 = add i64 %50, 1
	%55 = select i1 %53, i64 %54, i64 %50
	%56 = mul i64 %50, 24
	%57 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %56
	%58 = mul i64 %55, 24
	%59 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %58
	%60 = add i64 %42, -1
	%61 = icmp slt i64 0, %60
	%62 = select i1 %61, i64 0, i64 %60
	%63 = mul i64 %62, 24
	%64 = getelementptr inbounds float, float addrspace(1)* %37, i64 %63
	store float 0.0, float* %0
	store float 0.0, float* %1
	%65 = mul i64 %46, 8
	br label %loop7

join6:
	br label %join3

loop7:
	%66 = phi i64 [ %65, %then5 ], [ %147, %body8 ]
	%67 = icmp slt i64 %66, 24
	br i1 %67, label %body8, label %done9

body8:
	%68 = getelementptr inbounds i16, i16 addrspace(1)* %57, i64 %66
	%69 = bitcast i16 addrspace(1)* %68 to <4 x i32> addrspace(1)*
	%70 = load <4 x i32>, <4 x i32> addrspace(1)* %69, align 16
	%71 = extractelement <4 x i32> %70, i32 0
	%72 = extractelement <4 x i32> %70, i32 1
	%73 = extractelement <4 x i32> %70, i32 2
	%74 = extractelement <4 x i32> %70, i32 3
	%75 = shl i32 %71, 16
	%76 = bitcast i32 %75 to float
	%77 = and i32 %71, -65536
	%78 = bitcast i32 %77 to float
	%79 = shl i32 %72, 16
	%80 = bitcast i32 %79 to float
	%81 = and i32 %72, -65536
	%82 = bitcast i32 %81 to float
	%83 = shl i32 %73, 16
	%84 = bitcast i32 %83 to float
	%85 = and i32 %73, -65536
	%86 = bitcast i32 %85 to float
	%87 = shl i32 %74, 16
	%88 = bitcast i32 %87 to float
	%89 = and i32 %74, -65536
	%90 = bitcast i32 %89 to float
	%91 = getelementptr inbounds i16, i16 addrspace(1)* %59, i64 %66
	%92 = bitcast i16 addrspace(1)* %91 to <4 x i32> addrspace(1)*
	%93 = load <4 x i32>, <4 x i32> addrspace(1)* %92, align 16
	%94 = extractelement <4 x i32> %93, i32 0
	%95 = extractelement <4 x i32> %93, i32 1
	%96 = extractelement <4 x i32> %93, i32 2
	%97 = extractelement <4 x i32> %93, i32 3
	%98 = shl i32 %94, 16
	%99 = bitcast i32 %98 to float
	%100 = and i32 %94, -65536
	%101 = bitcast i32 %100 to float
	%102 = shl i32 %95, 16
	%103 = bitcast i32 %102 to float
	%104 = and i32 %95, -65536
	%105 = bitcast i32 %104 to float
	%106 = shl i32 %96, 16
	%107 = bitcast i32 %106 to float
	%108 = and i32 %96, -65536
	%109 = bitcast i32 %108 to float
	%110 = shl i32 %97, 16
	%111 = bitcast i32 %110 to float
	%112 = and i32 %97, -65536
	%113 = bitcast i32 %112 to float
	%114 = getelementptr inbounds float, float addrspace(1)* %64, i64 %66
	%115 = bitcast float addrspace(1)* %114 to <4 x float> addrspace(1)*
	%116 = load <4 x float>, <4 x float> addrspace(1)* %115, align 16
	%117 = extractelement <4 x float> %116, i32 0
	%118 = extractelement <4 x float> %116, i32 1
	%119 = extractelement <4 x float> %116, i32 2
	%120 = extractelement <4 x float> %116, i32 3
	%121 = add i64 %66, 4
	%122 = getelementptr inbounds float, float addrspace(1)* %64, i64 %121
	%123 = bitcast float addrspace(1)* %122 to <4 x float> addrspace(1)*
	%124 = load <4 x float>, <4 x float> addrspace(1)* %123, align 16
	%125 = extractelement <4 x float> %124, i32 0
	%126 = extractelement <4 x float> %124, i32 1
	%127 = extractelement <4 x float> %124, i32 2
	%128 = extractelement <4 x float> %124, i32 3
	%129 = load float, float* %0
	%130 = load float, float* %1
	%131 = call float @llvm.fma.f32(float %76, float %117, float %129)
	%132 = call float @llvm.fma.f32(float %99, float %117, float %130)
	%133 = call float @llvm.fma.f32(float %78, float %118, float %131)
	%134 = call float @llvm.fma.f32(float %101, float %118, float %132)
	%135 = call float @llvm.fma.f32(float %80, float %119, float %133)
	%136 = call float @llvm.fma.f32(float %103, float %119, float %134)
	%137 = call float @llvm.fma.f32(float %82, float %120, float %135)
	%138 = call float @llvm.fma.f32(float %105, float %120, float %136)
	%139 = call float @llvm.fma.f32(float %84, float %125, float %137)
	%140 = call float @llvm.fma.f32(float %107, float %125, float %138)
	%141 = call float @llvm.fma.f32(float %86, float %126, float %139)
	%142 = call float @llvm.fma.f32(float %109, float %126, float %140)
	%143 = call float @llvm.fma.f32(float %88, float %127, float %141)
	%144 = call float @llvm.fma.f32(float %111, float %127, float %142)
	%145 = call float @llvm.fma.f32(float %90, float %128, float %143)
	%146 = call float @llvm.fma.f32(float %113, float %128, float %144)
	store float %145, float* %0
	store float %146, float* %1
	%147 = add i64 %66, 256
	br label %loop7

done9:
	%148 = load float, float* %0
	%149 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %148, i32 16, i32 31)
	%150 = fadd float %148, %149
	%151 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %150, i32 8, i32 31)
	%152 = fadd float %150, %151
	%153 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %152, i32 4, i32 31)
	%154 = fadd float %152, %153
	%155 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %154, i32 2, i32 31)
	%156 = fadd float %154, %155
	%157 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %156, i32 1, i32 31)
	%158 = fadd float %156, %157
	%159 = load float, float* %1
	%160 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %159, i32 16, i32 31)
	%161 = fadd float %159, %160
	%162 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %161, i32 8, i32 31)
	%163 = fadd float %161, %162
	%164 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %163, i32 4, i32 31)
	%165 = fadd float %163, %164
	%166 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %165, i32 2, i32 31)
	%167 = fadd float %165, %166
	%168 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 1, i32 31)
	%169 = fadd float %167, %168
	%170 = icmp eq i64 %46, 0
	br i1 %170, label %then10, label %join11

then10:
	%171 = icmp slt i64 0, %42
	br i1 %171, label %then12, label %join13

join11:
	br label %join6

then12:
	%172 = add i64 %50, 1
	%173 = select i1 %53, i64 %172, i64 %50
	%174 = mul i64 0, 40
	%175 = add i64 %174, %50
	%176 = add i64 %174, %173
	%177 = call float @llvm.maxnum.f32(float %158, float 0.0)
	%178 = fmul float %177, %177
	%179 = call float @llvm.maxnum.f32(float %169, float 0.0)
	%180 = fmul float %179, %179
	%181 = getelementptr inbounds float, float addrspace(1)* %34, i64 %175
	store float %178, float addrspace(1)* %181
	br i1 %53, label %then14, label %join15

join13:
	br label %join11

then14:
	%182 = getelementptr inbounds float, float addrspace(1)* %34, i64 %176
	store float %180, float addrspace(1)* %182
	br label %join15

join15:
	br label %join13

then16:
	%183 = sdiv i64 %27, 32
	%184 = srem i64 %27, 32
	%185 = mul i64 %29, 16
	%186 = add i64 %begin, %185
	%187 = mul i64 %183, 2
	%188 = add i64 %186, %187
	%189 = icmp slt i64 %188, %end
	br i1 %189, label %then19, label %join20

join17:
	br label %join3

else18:
	%190 = srem i64 %27, 16
	%191 = sdiv i64 %27, 16
	%192 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 0) to float addrspace(3)*
	%193 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 4160) to float addrspace(3)*
	%194 = add i64 %42, 63
	%195 = sdiv i64 %194, 64
	%196 = sub i64 %end, %begin
	%197 = add i64 %196, 63
	%198 = sdiv i64 %197, 64
	%199 = mul i64 %195, %198
	br label %loop42

then19:
	%200 = add i64 %188, 1
	%201 = icmp slt i64 %200, %end
	%202 = add i64 %188, 1
	%203 = select i1 %201, i64 %202, i64 %188
	%204 = mul i64 %188, 24
	%205 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %204
	%206 = mul i64 %203, 24
	%207 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %206
	%208 = add i64 %42, -1
	%209 = icmp slt i64 0, %208
	%210 = select i1 %209, i64 0, i64 %208
	%211 = mul i64 %210, 24
	%212 = getelementptr inbounds float, float addrspace(1)* %37, i64 %211
	%213 = add i64 %42, -1
	%214 = icmp slt i64 1, %213
	%215 = select i1 %214, i64 1, i64 %213
	%216 = mul i64 %215, 24
	%217 = getelementptr inbounds float, float addrspace(1)* %37, i64 %216
	%218 = add i64 %42, -1
	%219 = icmp slt i64 2, %218
	%220 = select i1 %219, i64 2, i64 %218
	%221 = mul i64 %220, 24
	%222 = getelementptr inbounds float, float addrspace(1)* %37, i64 %221
	%223 = add i64 %42, -1
	%224 = icmp slt i64 3, %223
	%225 = select i1 %224, i64 3, i64 %223
	%226 = mul i64 %225, 24
	%227 = getelementptr inbounds float, float addrspace(1)* %37, i64 %226
	store float 0.0, float* %2
	store float 0.0, float* %3
	store float 0.0, float* %4
	store float 0.0, float* %5
	store float 0.0, float* %6
	store float 0.0, float* %7
	store float 0.0, float* %8
	store float 0.0, float* %9
	%228 = mul i64 %184, 8
	br label %loop21

join20:
	br label %join17

loop21:
	%229 = phi i64 [ %228, %then19 ], [ %409, %body22 ]
	%230 = icmp slt i64 %229, 24
	br i1 %230, label %body22, label %done23

body22:
	%231 = getelementptr inbounds i16, i16 addrspace(1)* %205, i64 %229
	%232 = bitcast i16 addrspace(1)* %231 to <4 x i32> addrspace(1)*
	%233 = load <4 x i32>, <4 x i32> addrspace(1)* %232, align 16
	%234 = extractelement <4 x i32> %233, i32 0
	%235 = extractelement <4 x i32> %233, i32 1
	%236 = extractelement <4 x i32> %233, i32 2
	%237 = extractelement <4 x i32> %233, i32 3
	%238 = shl i32 %234, 16
	%239 = bitcast i32 %238 to float
	%240 = and i32 %234, -65536
	%241 = bitcast i32 %240 to float
	%242 = shl i32 %235, 16
	%243 = bitcast i32 %242 to float
	%244 = and i32 %235, -65536
	%245 = bitcast i32 %244 to float
	%246 = shl i32 %236, 16
	%247 = bitcast i32 %246 to float
	%248 = and i32 %236, -65536
	%249 = bitcast i32 %248 to float
	%250 = shl i32 %237, 16
	%251 = bitcast i32 %250 to float
	%252 = and i32 %237, -65536
	%253 = bitcast i32 %252 to float
	%254 = getelementptr inbounds i16, i16 addrspace(1)* %207, i64 %229
	%255 = bitcast i16 addrspace(1)* %254 to <4 x i32> addrspace(1)*
	%256 = load <4 x i32>, <4 x i32> addrspace(1)* %255, align 16
	%257 = extractelement <4 x i32> %256, i32 0
	%258 = extractelement <4 x i32> %256, i32 1
	%259 = extractelement <4 x i32> %256, i32 2
	%260 = extractelement <4 x i32> %256, i32 3
	%261 = shl i32 %257, 16
	%262 = bitcast i32 %261 to float
	%263 = and i32 %257, -65536
	%264 = bitcast i32 %263 to float
	%265 = shl i32 %258, 16
	%266 = bitcast i32 %265 to float
	%267 = and i32 %258, -65536
	%268 = bitcast i32 %267 to float
	%269 = shl i32 %259, 16
	%270 = bitcast i32 %269 to float
	%271 = and i32 %259, -65536
	%272 = bitcast i32 %271 to float
	%273 = shl i32 %260, 16
	%274 = bitcast i32 %273 to float
	%275 = and i32 %260, -65536
	%276 = bitcast i32 %275 to float
	%277 = getelementptr inbounds float, float addrspace(1)* %212, i64 %229
	%278 = bitcast float addrspace(1)* %277 to <4 x float> addrspace(1)*
	%279 = load <4 x float>, <4 x float> addrspace(1)* %278, align 16
	%280 = extractelement <4 x float> %279, i32 0
	%281 = extractelement <4 x float> %279, i32 1
	%282 = extractelement <4 x float> %279, i32 2
	%283 = extractelement <4 x float> %279, i32 3
	%284 = add i64 %229, 4
	%285 = getelementptr inbounds float, float addrspace(1)* %212, i64 %284
	%286 = bitcast float addrspace(1)* %285 to <4 x float> addrspace(1)*
	%287 = load <4 x float>, <4 x float> addrspace(1)* %286, align 16
	%288 = extractelement <4 x float> %287, i32 0
	%289 = extractelement <4 x float> %287, i32 1
	%290 = extractelement <4 x float> %287, i32 2
	%291 = extractelement <4 x float> %287, i32 3
	%292 = load float, float* %2
	%293 = load float, float* %3
	%294 = call float @llvm.fma.f32(float %239, float %280, float %292)
	%295 = call float @llvm.fma.f32(float %262, float %280, float %293)
	%296 = call float @llvm.fma.f32(float %241, float %281, float %294)
	%297 = call float @llvm.fma.f32(float %264, float %281, float %295)
	%298 = call float @llvm.fma.f32(float %243, float %282, float %296)
	%299 = call float @llvm.fma.f32(float %266, float %282, float %297)
	%300 = call float @llvm.fma.f32(float %245, float %283, float %298)
	%301 = call float @llvm.fma.f32(float %268, float %283, float %299)
	%302 = call float @llvm.fma.f32(float %247, float %288, float %300)
	%303 = call float @llvm.fma.f32(float %270, float %288, float %301)
	%304 = call float @llvm.fma.f32(float %249, float %289, float %302)
	%305 = call float @llvm.fma.f32(float %272, float %289, float %303)
	%306 = call float @llvm.fma.f32(float %251, float %290, float %304)
	%307 = call float @llvm.fma.f32(float %274, float %290, float %305)
	%308 = call float @llvm.fma.f32(float %253, float %291, float %306)
	%309 = call float @llvm.fma.f32(float %276, float %291, float %307)
	store float %308, float* %2
	store float %309, float* %3
	%310 = getelementptr inbounds float, float addrspace(1)* %217, i64 %229
	%311 = bitcast float addrspace(1)* %310 to <4 x float> addrspace(1)*
	%312 = load <4 x float>, <4 x float> addrspace(1)* %311, align 16
	%313 = extractelement <4 x float> %312, i32 0
	%314 = extractelement <4 x float> %312, i32 1
	%315 = extractelement <4 x float> %312, i32 2
	%316 = extractelement <4 x float> %312, i32 3
	%317 = add i64 %229, 4
	%318 = getelementptr inbounds float, float addrspace(1)* %217, i64 %317
	%319 = bitcast float addrspace(1)* %318 to <4 x float> addrspace(1)*
	%320 = load <4 x float>, <4 x float> addrspace(1)* %319, align 16
	%321 = extractelement <4 x float> %320, i32 0
	%322 = extractelement <4 x float> %320, i32 1
	%323 = extractelement <4 x float> %320, i32 2
	%324 = extractelement <4 x float> %320, i32 3
	%325 = load float, float* %4
	%326 = load float, float* %5
	%327 = call float @llvm.fma.f32(float %239, float %313, float %325)
	%328 = call float @llvm.fma.f32(float %262, float %313, float %326)
	%329 = call float @llvm.fma.f32(float %241, float %314, float %327)
	%330 = call float @llvm.fma.f32(float %264, float %314, float %328)
	%331 = call float @llvm.fma.f32(float %243, float %315, float %329)
	%332 = call float @llvm.fma.f32(float %266, float %315, float %330)
	%333 = call float @llvm.fma.f32(float %245, float %316, float %331)
	%334 = call float @llvm.fma.f32(float %268, float %316, float %332)
	%335 = call float @llvm.fma.f32(float %247, float %321, float %333)
	%336 = call float @llvm.fma.f32(float %270, float %321, float %334)
	%337 = call float @llvm.fma.f32(float %249, float %322, float %335)
	%338 = call float @llvm.fma.f32(float %272, float %322, float %336)
	%339 = call float @llvm.fma.f32(float %251, float %323, float %337)
	%340 = call float @llvm.fma.f32(float %274, float %323, float %338)
	%341 = call float @llvm.fma.f32(float %253, float %324, float %339)
	%342 = call float @llvm.fma.f32(float %276, float %324, float %340)
	store float %341, float* %4
	store float %342, float* %5
	%343 = getelementptr inbounds float, float addrspace(1)* %222, i64 %229
	%344 = bitcast float addrspace(1)* %343 to <4 x float> addrspace(1)*
	%345 = load <4 x float>, <4 x float> addrspace(1)* %344, align 16
	%346 = extractelement <4 x float> %345, i32 0
	%347 = extractelement <4 x float> %345, i32 1
	%348 = extractelement <4 x float> %345, i32 2
	%349 = extractelement <4 x float> %345, i32 3
	%350 = add i64 %229, 4
	%351 = getelementptr inbounds float, float addrspace(1)* %222, i64 %350
	%352 = bitcast float addrspace(1)* %351 to <4 x float> addrspace(1)*
	%353 = load <4 x float>, <4 x float> addrspace(1)* %352, align 16
	%354 = extractelement <4 x float> %353, i32 0
	%355 = extractelement <4 x float> %353, i32 1
	%356 = extractelement <4 x float> %353, i32 2
	%357 = extractelement <4 x float> %353, i32 3
	%358 = load float, float* %6
	%359 = load float, float* %7
	%360 = call float @llvm.fma.f32(float %239, float %346, float %358)
	%361 = call float @llvm.fma.f32(float %262, float %346, float %359)
	%362 = call float @llvm.fma.f32(float %241, float %347, float %360)
	%363 = call float @llvm.fma.f32(float %264, float %347, float %361)
	%364 = call float @llvm.fma.f32(float %243, float %348, float %362)
	%365 = call float @llvm.fma.f32(float %266, float %348, float %363)
	%366 = call float @llvm.fma.f32(float %245, float %349, float %364)
	%367 = call float @llvm.fma.f32(float %268, float %349, float %365)
	%368 = call float @llvm.fma.f32(float %247, float %354, float %366)
	%369 = call float @llvm.fma.f32(float %270, float %354, float %367)
	%370 = call float @llvm.fma.f32(float %249, float %355, float %368)
	%371 = call float @llvm.fma.f32(float %272, float %355, float %369)
	%372 = call float @llvm.fma.f32(float %251, float %356, float %370)
	%373 = call float @llvm.fma.f32(float %274, float %356, float %371)
	%374 = call float @llvm.fma.f32(float %253, float %357, float %372)
	%375 = call float @llvm.fma.f32(float %276, float %357, float %373)
	store float %374, float* %6
	store float %375, float* %7
	%376 = getelementptr inbounds float, float addrspace(1)* %227, i64 %229
	%377 = bitcast float addrspace(1)* %376 to <4 x float> addrspace(1)*
	%378 = load <4 x float>, <4 x float> addrspace(1)* %377, align 16
	%379 = extractelement <4 x float> %378, i32 0
	%380 = extractelement <4 x float> %378, i32 1
	%381 = extractelement <4 x float> %378, i32 2
	%382 = extractelement <4 x float> %378, i32 3
	%383 = add i64 %229, 4
	%384 = getelementptr inbounds float, float addrspace(1)* %227, i64 %383
	%385 = bitcast float addrspace(1)* %384 to <4 x float> addrspace(1)*
	%386 = load <4 x float>, <4 x float> addrspace(1)* %385, align 16
	%387 = extractelement <4 x float> %386, i32 0
	%388 = extractelement <4 x float> %386, i32 1
	%389 = extractelement <4 x float> %386, i32 2
	%390 = extractelement <4 x float> %386, i32 3
	%391 = load float, float* %8
	%392 = load float, float* %9
	%393 = call float @llvm.fma.f32(float %239, float %379, float %391)
	%394 = call float @llvm.fma.f32(float %262, float %379, float %392)
	%395 = call float @llvm.fma.f32(float %241, float %380, float %393)
	%396 = call float @llvm.fma.f32(float %264, float %380, float %394)
	%397 = call float @llvm.fma.f32(float %243, float %381, float %395)
	%398 = call float @llvm.fma.f32(float %266, float %381, float %396)
	%399 = call float @llvm.fma.f32(float %245, float %382, float %397)
	%400 = call float @llvm.fma.f32(float %268, float %382, float %398)
	%401 = call float @llvm.fma.f32(float %247, float %387, float %399)
	%402 = call float @llvm.fma.f32(float %270, float %387, float %400)
	%403 = call float @llvm.fma.f32(float %249, float %388, float %401)
	%404 = call float @llvm.fma.f32(float %272, float %388, float %402)
	%405 = call float @llvm.fma.f32(float %251, float %389, float %403)
	%406 = call float @llvm.fma.f32(float %274, float %389, float %404)
	%407 = call float @llvm.fma.f32(float %253, float %390, float %405)
	%408 = call float @llvm.fma.f32(float %276, float %390, float %406)
	store float %407, float* %8
	store float %408, float* %9
	%409 = add i64 %229, 256
	br label %loop21

done23:
	%410 = load float, float* %2
	%411 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %410, i32 16, i32 31)
	%412 = fadd float %410, %411
	%413 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %412, i32 8, i32 31)
	%414 = fadd float %412, %413
	%415 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %414, i32 4, i32 31)
	%416 = fadd float %414, %415
	%417 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %416, i32 2, i32 31)
	%418 = fadd float %416, %417
	%419 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %418, i32 1, i32 31)
	%420 = fadd float %418, %419
	%421 = load float, float* %3
	%422 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %421, i32 16, i32 31)
	%423 = fadd float %421, %422
	%424 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %423, i32 8, i32 31)
	%425 = fadd float %423, %424
	%426 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %425, i32 4, i32 31)
	%427 = fadd float %425, %426
	%428 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %427, i32 2, i32 31)
	%429 = fadd float %427, %428
	%430 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %429, i32 1, i32 31)
	%431 = fadd float %429, %430
	%432 = load float, float* %4
	%433 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %432, i32 16, i32 31)
	%434 = fadd float %432, %433
	%435 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %434, i32 8, i32 31)
	%436 = fadd float %434, %435
	%437 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %436, i32 4, i32 31)
	%438 = fadd float %436, %437
	%439 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %438, i32 2, i32 31)
	%440 = fadd float %438, %439
	%441 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %440, i32 1, i32 31)
	%442 = fadd float %440, %441
	%443 = load float, float* %5
	%444 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %443, i32 16, i32 31)
	%445 = fadd float %443, %444
	%446 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %445, i32 8, i32 31)
	%447 = fadd float %445, %446
	%448 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %447, i32 4, i32 31)
	%449 = fadd float %447, %448
	%450 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %449, i32 2, i32 31)
	%451 = fadd float %449, %450
	%452 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %451, i32 1, i32 31)
	%453 = fadd float %451, %452
	%454 = load float, float* %6
	%455 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %454, i32 16, i32 31)
	%456 = fadd float %454, %455
	%457 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %456, i32 8, i32 31)
	%458 = fadd float %456, %457
	%459 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %458, i32 4, i32 31)
	%460 = fadd float %458, %459
	%461 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %460, i32 2, i32 31)
	%462 = fadd float %460, %461
	%463 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %462, i32 1, i32 31)
	%464 = fadd float %462, %463
	%465 = load float, float* %7
	%466 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %465, i32 16, i32 31)
	%467 = fadd float %465, %466
	%468 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %467, i32 8, i32 31)
	%469 = fadd float %467, %468
	%470 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %469, i32 4, i32 31)
	%471 = fadd float %469, %470
	%472 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %471, i32 2, i32 31)
	%473 = fadd float %471, %472
	%474 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %473, i32 1, i32 31)
	%475 = fadd float %473, %474
	%476 = load float, float* %8
	%477 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %476, i32 16, i32 31)
	%478 = fadd float %476, %477
	%479 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %478, i32 8, i32 31)
	%480 = fadd float %478, %479
	%481 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %480, i32 4, i32 31)
	%482 = fadd float %480, %481
	%483 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %482, i32 2, i32 31)
	%484 = fadd float %482, %483
	%485 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %484, i32 1, i32 31)
	%486 = fadd float %484, %485
	%487 = load float, float* %9
	%488 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %487, i32 16, i32 31)
	%489 = fadd float %487, %488
	%490 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %489, i32 8, i32 31)
	%491 = fadd float %489, %490
	%492 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %491, i32 4, i32 31)
	%493 = fadd float %491, %492
	%494 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %493, i32 2, i32 31)
	%495 = fadd float %493, %494
	%496 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %495, i32 1, i32 31)
	%497 = fadd float %495, %496
	%498 = icmp eq i64 %184, 0
	br i1 %498, label %then24, label %join25

then24:
	%499 = icmp slt i64 0, %42
	br i1 %499, label %then26, label %join27

join25:
	br label %join20

then26:
	%500 = add i64 %188, 1
	%501 = select i1 %201, i64 %500, i64 %188
	%502 = mul i64 0, 40
	%503 = add i64 %502, %188
	%504 = add i64 %502, %501
	%505 = call float @llvm.maxnum.f32(float %420, float 0.0)
	%506 = fmul float %505, %505
	%507 = call float @llvm.maxnum.f32(float %431, float 0.0)
	%508 = fmul float %507, %507
	%509 = getelementptr inbounds float, float addrspace(1)* %34, i64 %503
	store float %506, float addrspace(1)* %509
	br i1 %201, label %then28, label %join29

join27:
	%510 = icmp slt i64 1, %42
	br i1 %510, label %then30, label %join31

then28:
	%511 = getelementptr inbounds float, float addrspace(1)* %34, i64 %504
	store float %508, float addrspace(1)* %511
	br label %join29

join29:
	br label %join27

then30:
	%512 = add i64 %188, 1
	%513 = select i1 %201, i64 %512, i64 %188
	%514 = mul i64 1, 40
	%515 = add i64 %514, %188
	%516 = add i64 %514, %513
	%517 = call float @llvm.maxnum.f32(float %442, float 0.0)
	%518 = fmul float %517, %517
	%519 = call float @llvm.maxnum.f32(float %453, float 0.0)
	%520 = fmul float %519, %519
	%521 = getelementptr inbounds float, float addrspace(1)* %34, i64 %515
	store float %518, float addrspace(1)* %521
	br i1 %201, label %then32, label %join33

join31:
	%522 = icmp slt i64 2, %42
	br i1 %522, label %then34, label %join35

then32:
	%523 = getelementptr inbounds float, float addrspace(1)* %34, i64 %516
	store float %520, float addrspace(1)* %523
	br label %join33

join33:
	br label %join31

then34:
	%524 = add i64 %188, 1
	%525 = select i1 %201, i64 %524, i64 %188
	%526 = mul i64 2, 40
	%527 = add i64 %526, %188
	%528 = add i64 %526, %525
	%529 = call float @llvm.maxnum.f32(float %464, float 0.0)
	%530 = fmul float %529, %529
	%531 = call float @llvm.maxnum.f32(float %475, float 0.0)
	%532 = fmul float %531, %531
	%533 = getelementptr inbounds float, float addrspace(1)* %34, i64 %527
	store float %530, float addrspace(1)* %533
	br i1 %201, label %then36, label %join37

join35:
	%534 = icmp slt i64 3, %42
	br i1 %534, label %then38, label %join39

then36:
	%535 = getelementptr inbounds float, float addrspace(1)* %34, i64 %528
	store float %532, float addrspace(1)* %535
	br label %join37

join37:
	br label %join35

then38:
	%536 = add i64 %188, 1
	%537 = select i1 %201, i64 %536, i64 %188
	%538 = mul i64 3, 40
	%539 = add i64 %538, %188
	%540 = add i64 %538, %537
	%541 = call float @llvm.maxnum.f32(float %486, float 0.0)
	%542 = fmul float %541, %541
	%543 = call float @llvm.maxnum.f32(float %497, float 0.0)
	%544 = fmul float %543, %543
	%545 = getelementptr inbounds float, float addrspace(1)* %34, i64 %539
	store float %542, float addrspace(1)* %545
	br i1 %201, label %then40, label %join41

join39:
	br label %join25

then40:
	%546 = getelementptr inbounds float, float addrspace(1)* %34, i64 %540
	store float %544, float addrspace(1)* %546
	br label %join41

join41:
	br label %join39

loop42:
	%547 = phi i64 [ %29, %else18 ], [ %905, %join80 ]
	%548 = icmp slt i64 %547, %199
	br i1 %548, label %body43, label %done44

body43:
	%549 = srem i64 %547, %195
	%550 = mul i64 %549, 64
	%551 = sdiv i64 %547, %195
	%552 = mul i64 %551, 64
	%553 = add i64 %begin, %552
	%554 = add i64 %550, %191
	%555 = icmp slt i64 %554, %42
	%556 = select i1 %555, i64 %554, i64 0
	%557 = mul i64 %556, 24
	%558 = getelementptr inbounds float, float addrspace(1)* %37, i64 %557
	%559 = add i64 %553, %191
	%560 = icmp slt i64 %559, %end
	%561 = select i1 %560, i64 %559, i64 0
	%562 = mul i64 %561, 24
	%563 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %562
	%564 = add i64 %191, 16
	%565 = add i64 %550, %564
	%566 = icmp slt i64 %565, %42
	%567 = select i1 %566, i64 %565, i64 0
	%568 = mul i64 %567, 24
	%569 = getelementptr inbounds float, float addrspace(1)* %37, i64 %568
	%570 = add i64 %191, 16
	%571 = add i64 %553, %570
	%572 = icmp slt i64 %571, %end
	%573 = select i1 %572, i64 %571, i64 0
	%574 = mul i64 %573, 24
	%575 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %574
	%576 = add i64 %191, 32
	%577 = add i64 %550, %576
	%578 = icmp slt i64 %577, %42
	%579 = select i1 %578, i64 %577, i64 0
	%580 = mul i64 %579, 24
	%581 = getelementptr inbounds float, float addrspace(1)* %37, i64 %580
	%582 = add i64 %191, 32
	%583 = add i64 %553, %582
	%584 = icmp slt i64 %583, %end
	%585 = select i1 %584, i64 %583, i64 0
	%586 = mul i64 %585, 24
	%587 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %586
	%588 = add i64 %191, 48
	%589 = add i64 %550, %588
	%590 = icmp slt i64 %589, %42
	%591 = select i1 %590, i64 %589, i64 0
	%592 = mul i64 %591, 24
	%593 = getelementptr inbounds float, float addrspace(1)* %37, i64 %592
	%594 = add i64 %191, 48
	%595 = add i64 %553, %594
	%596 = icmp slt i64 %595, %end
	%597 = select i1 %596, i64 %595, i64 0
	%598 = mul i64 %597, 24
	%599 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %598
	store float 0.0, float* %10
	store float 0.0, float* %11
	store float 0.0, float* %12
	store float 0.0, float* %13
	store float 0.0, float* %14
	store float 0.0, float* %15
	store float 0.0, float* %16
	store float 0.0, float* %17
	store float 0.0, float* %18
	store float 0.0, float* %19
	store float 0.0, float* %20
	store float 0.0, float* %21
	store float 0.0, float* %22
	store float 0.0, float* %23
	store float 0.0, float* %24
	store float 0.0, float* %25
	br label %loop45

done44:
	br label %join17

loop45:
	%600 = phi i64 [ 0, %body43 ], [ %740, %done50 ]
	%601 = icmp slt i64 %600, 24
	br i1 %601, label %body46, label %done47

body46:
	%602 = add i64 %600, %190
	%603 = icmp slt i64 %602, 24
	%604 = select i1 %603, i64 %602, i64 0
	%605 = and i1 %555, %603
	%606 = getelementptr inbounds float, float addrspace(1)* %558, i64 %604
	%607 = load float, float addrspace(1)* %606
	%608 = select i1 %605, float %607, float 0.0
	%609 = mul i64 %190, 65
	%610 = add i64 %609, %191
	%611 = getelementptr inbounds float, float addrspace(3)* %192, i64 %610
	store float %608, float addrspace(3)* %611
	%612 = and i1 %560, %603
	%613 = getelementptr inbounds i16, i16 addrspace(1)* %563, i64 %604
	%614 = load i16, i16 addrspace(1)* %613
	%615 = zext i16 %614 to i32
	%616 = shl i32 %615, 16
	%617 = bitcast i32 %616 to float
	%618 = select i1 %612, float %617, float 0.0
	%619 = mul i64 %190, 66
	%620 = add i64 %619, %191
	%621 = getelementptr inbounds float, float addrspace(3)* %193, i64 %620
	store float %618, float addrspace(3)* %621
	%622 = add i64 %191, 16
	%623 = and i1 %566, %603
	%624 = getelementptr inbounds float, float addrspace(1)* %569, i64 %604
	%625 = load float, float addrspace(1)* %624
	%626 = select i1 %623, float %625, float 0.0
	%627 = mul i64 %190, 65
	%628 = add i64 %627, %622
	%629 = getelementptr inbounds float, float addrspace(3)* %192, i64 %628
	store float %626, float addrspace(3)* %629
	%630 = and i1 %572, %603
	%631 = getelementptr inbounds i16, i16 addrspace(1)* %575, i64 %604
	%632 = load i16, i16 addrspace(1)* %631
	%633 = zext i16 %632 to i32
	%634 = shl i32 %633, 16
	%635 = bitcast i32 %634 to float
	%636 = select i1 %630, float %635, float 0.0
	%637 = mul i64 %190, 66
	%638 = add i64 %637, %622
	%639 = getelementptr inbounds float, float addrspace(3)* %193, i64 %638
	store float %636, float addrspace(3)* %639
	%640 = add i64 %191, 32
	%641 = and i1 %578, %603
	%642 = getelementptr inbounds float, float addrspace(1)* %581, i64 %604
	%643 = load float, float addrspace(1)* %642
	%644 = select i1 %641, float %643, float 0.0
	%645 = mul i64 %190, 65
	%646 = add i64 %645, %640
	%647 = getelementptr inbounds float, float addrspace(3)* %192, i64 %646
	store float %644, float addrspace(3)* %647
	%648 = and i1 %584, %603
	%649 = getelementptr inbounds i16, i16 addrspace(1)* %587, i64 %604
	%650 = load i16, i16 addrspace(1)* %649
	%651 = zext i16 %650 to i32
	%652 = shl i32 %651, 16
	%653 = bitcast i32 %652 to float
	%654 = select i1 %648, float %653, float 0.0
	%655 = mul i64 %190, 66
	%656 = add i64 %655, %640
	%657 = getelementptr inbounds float, float addrspace(3)* %193, i64 %656
	store float %654, float addrspace(3)* %657
	%658 = add i64 %191, 48
	%659 = and i1 %590, %603
	%660 = getelementptr inbounds float, float addrspace(1)* %593, i64 %604
	%661 = load float, float addrspace(1)* %660
	%662 = select i1 %659, float %661, float 0.0
	%663 = mul i64 %190, 65
	%664 = add i64 %663, %658
	%665 = getelementptr inbounds float, float addrspace(3)* %192, i64 %664
	store float %662, float addrspace(3)* %665
	%666 = and i1 %596, %603
	%667 = getelementptr inbounds i16, i16 addrspace(1)* %599, i64 %604
	%668 = load i16, i16 addrspace(1)* %667
	%669 = zext i16 %668 to i32
	%670 = shl i32 %669, 16
	%671 = bitcast i32 %670 to float
	%672 = select i1 %666, float %671, float 0.0
	%673 = mul i64 %190, 66
	%674 = add i64 %673, %658
	%675 = getelementptr inbounds float, float addrspace(3)* %193, i64 %674
	store float %672, float addrspace(3)* %675
	call void @llvm.nvvm.barrier0()
	br label %loop48

done47:
	%676 = add i64 %550, %191
	%677 = mul i64 %190, 2
	%678 = add i64 %553, %677
	%679 = icmp slt i64 %676, %42
	%680 = icmp slt i64 %678, %end
	%681 = and i1 %679, %680
	br i1 %681, label %then51, label %join52

loop48:
	%682 = phi i64 [ 0, %body46 ], [ %739, %body49 ]
	%683 = icmp slt i64 %682, 16
	br i1 %683, label %body49, label %done50

body49:
	%684 = mul i64 %682, 65
	%685 = add i64 %684, %191
	%686 = getelementptr inbounds float, float addrspace(3)* %192, i64 %685
	%687 = mul i64 %682, 66
	%688 = mul i64 %190, 2
	%689 = add i64 %687, %688
	%690 = getelementptr inbounds float, float addrspace(3)* %193, i64 %689
	%691 = getelementptr inbounds float, float addrspace(3)* %686, i64 0
	%692 = load float, float addrspace(3)* %691
	%693 = getelementptr inbounds float, float addrspace(3)* %686, i64 16
	%694 = load float, float addrspace(3)* %693
	%695 = getelementptr inbounds float, float addrspace(3)* %686, i64 32
	%696 = load float, float addrspace(3)* %695
	%697 = getelementptr inbounds float, float addrspace(3)* %686, i64 48
	%698 = load float, float addrspace(3)* %697
	%699 = getelementptr inbounds float, float addrspace(3)* %690, i64 0
	%700 = load float, float addrspace(3)* %699
	%701 = getelementptr inbounds float, float addrspace(3)* %690, i64 1
	%702 = load float, float addrspace(3)* %701
	%703 = getelementptr inbounds float, float addrspace(3)* %690, i64 32
	%704 = load float, float addrspace(3)* %703
	%705 = getelementptr inbounds float, float addrspace(3)* %690, i64 33
	%706 = load float, float addrspace(3)* %705
	%707 = load float, float* %10
	%708 = call float @llvm.fma.f32(float %692, float %700, float %707)
	store float %708, float* %10
	%709 = load float, float* %11
	%710 = call float @llvm.fma.f32(float %692, float %702, float %709)
	store float %710, float* %11
	%711 = load float, float* %12
	%712 = call float @llvm.fma.f32(float %692, float %704, float %711)
	store float %712, float* %12
	%713 = load float, float* %13
	%714 = call float @llvm.fma.f32(float %692, float %706, float %713)
	store float %714, float* %13
	%715 = load float, float* %14
	%716 = call float @llvm.fma.f32(float %694, float %700, float %715)
	store float %716, float* %14
	%717 = load float, float* %15
	%718 = call float @llvm.fma.f32(float %694, float %702, float %717)
	store float %718, float* %15
	%719 = load float, float* %16
	%720 = call float @llvm.fma.f32(float %694, float %704, float %719)
	store float %720, float* %16
	%721 = load float, float* %17
	%722 = call float @llvm.fma.f32(float %694, float %706, float %721)
	store float %722, float* %17
	%723 = load float, float* %18
	%724 = call float @llvm.fma.f32(float %696, float %700, float %723)
	store float %724, float* %18
	%725 = load float, float* %19
	%726 = call float @llvm.fma.f32(float %696, float %702, float %725)
	store float %726, float* %19
	%727 = load float, float* %20
	%728 = call float @llvm.fma.f32(float %696, float %704, float %727)
	store float %728, float* %20
	%729 = load float, float* %21
	%730 = call float @llvm.fma.f32(float %696, float %706, float %729)
	store float %730, float* %21
	%731 = load float, float* %22
	%732 = call float @llvm.fma.f32(float %698, float %700, float %731)
	store float %732, float* %22
	%733 = load float, float* %23
	%734 = call float @llvm.fma.f32(float %698, float %702, float %733)
	store float %734, float* %23
	%735 = load float, float* %24
	%736 = call float @llvm.fma.f32(float %698, float %704, float %735)
	store float %736, float* %24
	%737 = load float, float* %25
	%738 = call float @llvm.fma.f32(float %698, float %706, float %737)
	store float %738, float* %25
	%739 = add i64 %682, 1
	br label %loop48

done50:
	call void @llvm.nvvm.barrier0()
	%740 = add i64 %600, 16
	br label %loop45

then51:
	%741 = load float, float* %10
	%742 = load float, float* %11
	%743 = add i64 %678, 1
	%744 = icmp slt i64 %743, %end
	%745 = add i64 %678, 1
	%746 = select i1 %744, i64 %745, i64 %678
	%747 = mul i64 %676, 40
	%748 = add i64 %747, %678
	%749 = add i64 %747, %746
	%750 = call float @llvm.maxnum.f32(float %741, float 0.0)
	%751 = fmul float %750, %750
	%752 = call float @llvm.maxnum.f32(float %742, float 0.0)
	%753 = fmul float %752, %752
	%754 = getelementptr inbounds float, float addrspace(1)* %34, i64 %748
	store float %751, float addrspace(1)* %754
	br i1 %744, label %then53, label %join54

join52:
	%755 = mul i64 %190, 2
	%756 = add i64 %755, 32
	%757 = add i64 %553, %756
	%758 = icmp slt i64 %676, %42
	%759 = icmp slt i64 %757, %end
	%760 = and i1 %758, %759
	br i1 %760, label %then55, label %join56

then53:
	%761 = getelementptr inbounds float, float addrspace(1)* %34, i64 %749
	store float %753, float addrspace(1)* %761
	br label %join54

join54:
	br label %join52

then55:
	%762 = load float, float* %12
	%763 = load float, float* %13
	%764 = add i64 %757, 1
	%765 = icmp slt i64 %764, %end
	%766 = add i64 %757, 1
	%767 = select i1 %765, i64 %766, i64 %757
	%768 = mul i64 %676, 40
	%769 = add i64 %768, %757
	%770 = add i64 %768, %767
	%771 = call float @llvm.maxnum.f32(float %762, float 0.0)
	%772 = fmul float %771, %771
	%773 = call float @llvm.maxnum.f32(float %763, float 0.0)
	%774 = fmul float %773, %773
	%775 = getelementptr inbounds float, float addrspace(1)* %34, i64 %769
	store float %772, float addrspace(1)* %775
	br i1 %765, label %then57, label %join58

join56:
	%776 = add i64 %191, 16
	%777 = add i64 %550, %776
	%778 = mul i64 %190, 2
	%779 = add i64 %553, %778
	%780 = icmp slt i64 %777, %42
	%781 = icmp slt i64 %779, %end
	%782 = and i1 %780, %781
	br i1 %782, label %then59, label %join60

then57:
	%783 = getelementptr inbounds float, float addrspace(1)* %34, i64 %770
	store float %774, float addrspace(1)* %783
	br label %join58

join58:
	br label %join56

then59:
	%784 = load float, float* %14
	%785 = load float, float* %15
	%786 = add i64 %779, 1
	%787 = icmp slt i64 %786, %end
	%788 = add i64 %779, 1
	%789 = select i1 %787, i64 %788, i64 %779
	%790 = mul i64 %777, 40
	%791 = add i64 %790, %779
	%792 = add i64 %790, %789
	%793 = call float @llvm.maxnum.f32(float %784, float 0.0)
	%794 = fmul float %793, %793
	%795 = call float @llvm.maxnum.f32(float %785, float 0.0)
	%796 = fmul float %795, %795
	%797 = getelementptr inbounds float, float addrspace(1)* %34, i64 %791
	store float %794, float addrspace(1)* %797
	br i1 %787, label %then61, label %join62

join60:
	%798 = mul i64 %190, 2
	%799 = add i64 %798, 32
	%800 = add i64 %553, %799
	%801 = icmp slt i64 %777, %42
	%802 = icmp slt i64 %800, %end
	%803 = and i1 %801, %802
	br i1 %803, label %then63, label %join64

then61:
	%804 = getelementptr inbounds float, float addrspace(1)* %34, i64 %792
	store float %796, float addrspace(1)* %804
	br label %join62

join62:
	br label %join60

then63:
	%805 = load float, float* %16
	%806 = load float, float* %17
	%807 = add i64 %800, 1
	%808 = icmp slt i64 %807, %end
	%809 = add i64 %800, 1
	%810 = select i1 %808, i64 %809, i64 %800
	%811 = mul i64 %777, 40
	%812 = add i64 %811, %800
	%813 = add i64 %811, %810
	%814 = call float @llvm.maxnum.f32(float %805, float 0.0)
	%815 = fmul float %814, %814
	%816 = call float @llvm.maxnum.f32(float %806, float 0.0)
	%817 = fmul float %816, %816
	%818 = getelementptr inbounds float, float addrspace(1)* %34, i64 %812
	store float %815, float addrspace(1)* %818
	br i1 %808, label %then65, label %join66

join64:
	%819 = add i64 %191, 32
	%820 = add i64 %550, %819
	%821 = mul i64 %190, 2
	%822 = add i64 %553, %821
	%823 = icmp slt i64 %820, %42
	%824 = icmp slt i64 %822, %end
	%825 = and i1 %823, %824
	br i1 %825, label %then67, label %join68

then65:
	%826 = getelementptr inbounds float, float addrspace(1)* %34, i64 %813
	store float %817, float addrspace(1)* %826
	br label %join66

join66:
	br label %join64

then67:
	%827 = load float, float* %18
	%828 = load float, float* %19
	%829 = add i64 %822, 1
	%830 = icmp slt i64 %829, %end
	%831 = add i64 %822, 1
	%832 = select i1 %830, i64 %831, i64 %822
	%833 = mul i64 %820, 40
	%834 = add i64 %833, %822
	%835 = add i64 %833, %832
	%836 = call float @llvm.maxnum.f32(float %827, float 0.0)
	%837 = fmul float %836, %836
	%838 = call float @llvm.maxnum.f32(float %828, float 0.0)
	%839 = fmul float %838, %838
	%840 = getelementptr inbounds float, float addrspace(1)* %34, i64 %834
	store float %837, float addrspace(1)* %840
	br i1 %830, label %then69, label %join70

join68:
	%841 = mul i64 %190, 2
	%842 = add i64 %841, 32
	%843 = add i64 %553, %842
	%844 = icmp slt i64 %820, %42
	%845 = icmp slt i64 %843, %end
	%846 = and i1 %844, %845
	br i1 %846, label %then71, label %join72

then69:
	%847 = getelementptr inbounds float, float addrspace(1)* %34, i64 %835
	store float %839, float addrspace(1)* %847
	br label %join70

join70:
	br label %join68

then71:
	%848 = load float, float* %20
	%849 = load float, float* %21
	%850 = add i64 %843, 1
	%851 = icmp slt i64 %850, %end
	%852 = add i64 %843, 1
	%853 = select i1 %851, i64 %852, i64 %843
	%854 = mul i64 %820, 40
	%855 = add i64 %854, %843
	%856 = add i64 %854, %853
	%857 = call float @llvm.maxnum.f32(float %848, float 0.0)
	%858 = fmul float %857, %857
	%859 = call float @llvm.maxnum.f32(float %849, float 0.0)
	%860 = fmul float %859, %859
	%861 = getelementptr inbounds float, float addrspace(1)* %34, i64 %855
	store float %858, float addrspace(1)* %861
	br i1 %851, label %then73, label %join74

join72:
	%862 = add i64 %191, 48
	%863 = add i64 %550, %862
	%864 = mul i64 %190, 2
	%865 = add i64 %553, %864
	%866 = icmp slt i64 %863, %42
	%867 = icmp slt i64 %865, %end
	%868 = and i1 %866, %867
	br i1 %868, label %then75, label %join76

then73:
	%869 = getelementptr inbounds float, float addrspace(1)* %34, i64 %856
	store float %860, float addrspace(1)* %869
	br label %join74

join74:
	br label %join72

then75:
	%870 = load float, float* %22
	%871 = load float, float* %23
	%872 = add i64 %865, 1
	%873 = icmp slt i64 %872, %end
	%874 = add i64 %865, 1
	%875 = select i1 %873, i64 %874, i64 %865
	%876 = mul i64 %863, 40
	%877 = add i64 %876, %865
	%878 = add i64 %876, %875
	%879 = call float @llvm.maxnum.f32(float %870, float 0.0)
	%880 = fmul float %879, %879
	%881 = call float @llvm.maxnum.f32(float %871, float 0.0)
	%882 = fmul float %881, %881
	%883 = getelementptr inbounds float, float addrspace(1)* %34, i64 %877
	store float %880, float addrspace(1)* %883
	br i1 %873, label %then77, label %join78

join76:
	%884 = mul i64 %190, 2
	%885 = add i64 %884, 32
	%886 = add i64 %553, %885
	%887 = icmp slt i64 %863, %42
	%888 = icmp slt i64 %886, %end
	%889 = and i1 %887, %888
	br i1 %889, label %then79, label %join80

then77:
	%890 = getelementptr inbounds float, float addrspace(1)* %34, i64 %878
	store float %882, float addrspace(1)* %890
	br label %join78

join78:
	br label %join76

then79:
	%891 = load float, float* %24
	%892 = load float, float* %25
	%893 = add i64 %886, 1
	%894 = icmp slt i64 %893, %end
	%895 = add i64 %886, 1
	%896 = select i1 %894, i64 %895, i64 %886
	%897 = mul i64 %863, 40
	%898 = add i64 %897, %886
	%899 = add i64 %897, %896
	%900 = call float @llvm.maxnum.f32(float %891, float 0.0)
	%901 = fmul float %900, %900
	%902 = call float @llvm.maxnum.f32(float %892, float 0.0)
	%903 = fmul float %902, %902
	%904 = getelementptr inbounds float, float addrspace(1)* %34, i64 %898
	store float %901, float addrspace(1)* %904
	br i1 %894, label %then81, label %join82

join80:
	%905 = add i64 %547, %31
	br label %loop42

then81:
	%906 = getelementptr inbounds float, float addrspace(1)* %34, i64 %899
	store float %903, float addrspace(1)* %906
	br label %join82

join82:
	br label %join80
}

define void @mtc_g_matmul_add_bf16_k40_n24(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	%0 = alloca float
	%1 = alloca float
	%2 = alloca float
	%3 = alloca float
	%4 = alloca float
	%5 = alloca float
	%6 = alloca float
	%7 = alloca float
	%8 = alloca float
	%9 = alloca float
	%10 = alloca float
	%11 = alloca float
	%12 = alloca float
	%13 = alloca float
	%14 = alloca float
	%15 = alloca float
	%16 = alloca float
	%17 = alloca float
	%18 = alloca float
	%19 = alloca float
	%20 = alloca float
	%21 = alloca float
	%22 = alloca float
	%23 = alloca float
	%24 = alloca float
	%25 = alloca float
	br label %start1

start1:
	%26 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%27 = zext i32 %26 to i64
	%28 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%29 = zext i32 %28 to i64
	%30 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%31 = zext i32 %30 to i64
	%32 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%33 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %32
	%34 = bitcast i8 addrspace(1)* %33 to float addrspace(1)*
	%35 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%36 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %35
	%37 = bitcast i8 addrspace(1)* %36 to float addrspace(1)*
	%38 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 2
	%39 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %38
	%40 = bitcast i8 addrspace(1)* %39 to i16 addrspace(1)*
	%41 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 3
	%42 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %41
	%43 = bitcast i8 addrspace(1)* %42 to float addrspace(1)*
	%44 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 0
	%45 = load i64, i64 addrspace(1)* %44
	%46 = icmp eq i64 %45, 1
	%47 = icmp sle i64 %45, 4
	br i1 %46, label %then2, label %else4

then2:
	%48 = sdiv i64 %27, 32
	%49 = srem i64 %27, 32
	%50 = mul i64 %29, 16
	%51 = add i64 %begin, %50
	%52 = mul i64 %48, 2
	%53 = add i64 %51, %52
	%54 = icmp slt i64 %53, %end
	br i1 %54, label %then5, label %join6

join3:
	ret void

else4:
	br i1 %47, label %then16, label %else18

then5:
	%55 = add i64 %53, 1
	%56 = icmp slt i64 %55, %end
	%57 = add i64 %53, 1
	%58 = select i1 %56, i64 %57, i64 %53
	%59 = mul i64 %53, 40
	%60 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %59
	%61 = mul i64 %58, 40
	%62 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %61
	%63 = add i64 %45, -1
	%64 = icmp slt i64 0, %63
	%65 = select i1 %64, i64 0, i64 %63
	%66 = mul i64 %65, 40
	%67 = getelementptr inbounds float, float addrspace(1)* %37, i64 %66
	store float 0.0, float* %0
	store float 0.0, float* %1
	%68 = mul i64 %49, 8
	br label %loop7

join6:
	br label %join3

loop7:
	%69 = phi i64 [ %68, %then5 ], [ %150, %body8 ]
	%70 = icmp slt i64 %69, 40
	br i1 %70, label %body8, label %done9

body8:
	%71 = getelementptr inbounds i16, i16 addrspace(1)* %60, i64 %69
	%72 = bitcast i16 addrspace(1)* %71 to <4 x i32> addrspace(1)*
	%73 = load <4 x i32>, <4 x i32> addrspace(1)* %72, align 16
	%74 = extractelement <4 x i32> %73, i32 0
	%75 = extractelement <4 x i32> %73, i32 1
	%76 = extractelement <4 x i32> %73, i32 2
	%77 = extractelement <4 x i32> %73, i32 3
	%78 = shl i32 %74, 16
	%79 = bitcast i32 %78 to float
	%80 = and i32 %74, -65536
	%81 = bitcast i32 %80 to float
	%82 = shl i32 %75, 16
	%83 = bitcast i32 %82 to float
	%84 = and i32 %75, -65536
	%85 = bitcast i32 %84 to float
	%86 = shl i32 %76, 16
	%87 = bitcast i32 %86 to float
	%88 = and i32 %76, -65536
	%89 = bitcast i32 %88 to float
	%90 = shl i32 %77, 16
	%91 = bitcast i32 %90 to float
	%92 = and i32 %77, -65536
	%93 = bitcast i32 %92 to float
	%94 = getelementptr inbounds i16, i16 addrspace(1)* %62, i64 %69
	%95 = bitcast i16 addrspace(1)* %94 to <4 x i32> addrspace(1)*
	%96 = load <4 x i32>, <4 x i32> addrspace(1)* %95, align 16
	%97 = extractelement <4 x i32> %96, i32 0
	%98 = extractelement <4 x i32> %96, i32 1
	%99 = extractelement <4 x i32> %96, i32 2
	%100 = extractelement <4 x i32> %96, i32 3
	%101 = shl i32 %97, 16
	%102 = bitcast i32 %101 to float
	%103 = and i32 %97, -65536
	%104 = bitcast i32 %103 to float
	%105 = shl i32 %98, 16
	%106 = bitcast i32 %105 to float
	%107 = and i32 %98, -65536
	%108 = bitcast i32 %107 to float
	%109 = shl i32 %99, 16
	%110 = bitcast i32 %109 to float
	%111 = and i32 %99, -65536
	%112 = bitcast i32 %111 to float
	%113 = shl i32 %100, 16
	%114 = bitcast i32 %113 to float
	%115 = and i32 %100, -65536
	%116 = bitcast i32 %115 to float
	%117 = getelementptr inbounds float, float addrspace(1)* %67, i64 %69
	%118 = bitcast float addrspace(1)* %117 to <4 x float> addrspace(1)*
	%119 = load <4 x float>, <4 x float> addrspace(1)* %118, align 16
	%120 = extractelement <4 x float> %119, i32 0
	%121 = extractelement <4 x float> %119, i32 1
	%122 = extractelement <4 x float> %119, i32 2
	%123 = extractelement <4 x float> %119, i32 3
	%124 = add i64 %69, 4
	%125 = getelementptr inbounds float, float addrspace(1)* %67, i64 %124
	%126 = bitcast float addrspace(1)* %125 to <4 x float> addrspace(1)*
	%127 = load <4 x float>, <4 x float> addrspace(1)* %126, align 16
	%128 = extractelement <4 x float> %127, i32 0
	%129 = extractelement <4 x float> %127, i32 1
	%130 = extractelement <4 x float> %127, i32 2
	%131 = extractelement <4 x float> %127, i32 3
	%132 = load float, float* %0
	%133 = load float, float* %1
	%134 = call float @llvm.fma.f32(float %79, float %120, float %132)
	%135 = call float @llvm.fma.f32(float %102, float %120, float %133)
	%136 = call float @llvm.fma.f32(float %81, float %121, float %134)
	%137 = call float @llvm.fma.f32(float %104, float %121, float %135)
	%138 = call float @llvm.fma.f32(float %83, float %122, float %136)
	%139 = call float @llvm.fma.f32(float %106, float %122, float %137)
	%140 = call float @llvm.fma.f32(float %85, float %123, float %138)
	%141 = call float @llvm.fma.f32(float %108, float %123, float %139)
	%142 = call float @llvm.fma.f32(float %87, float %128, float %140)
	%143 = call float @llvm.fma.f32(float %110, float %128, float %141)
	%144 = call float @llvm.fma.f32(float %89, float %129, float %142)
	%145 = call float @llvm.fma.f32(float %112, float %129, float %143)
	%146 = call float @llvm.fma.f32(float %91, float %130, float %144)
	%147 = call float @llvm.fma.f32(float %114, float %130, float %145)
	%148 = call float @llvm.fma.f32(float %93, float %131, float %146)
	%149 = call float @llvm.fma.f32(float %116, float %131, float %147)
	store float %148, float* %0
	store float %149, float* %1
	%150 = add i64 %69, 256
	br label %loop7

done9:
	%151 = load float, float* %0
	%152 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %151, i32 16, i32 31)
	%153 = fadd float %151, %152
	%154 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %153, i32 8, i32 31)
	%155 = fadd float %153, %154
	%156 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %155, i32 4, i32 31)
	%157 = fadd float %155, %156
	%158 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %157, i32 2, i32 31)
	%159 = fadd float %157, %158
	%160 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %159, i32 1, i32 31)
	%161 = fadd float %159, %160
	%162 = load float, float* %1
	%163 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %162, i32 16, i32 31)
	%164 = fadd float %162, %163
	%165 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %164, i32 8, i32 31)
	%166 = fadd float %164, %165
	%167 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %166, i32 4, i32 31)
	%168 = fadd float %166, %167
	%169 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %168, i32 2, i32 31)
	%170 = fadd float %168, %169
	%171 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %170, i32 1, i32 31)
	%172 = fadd float %170, %171
	%173 = icmp eq i64 %49, 0
	br i1 %173, label %then10, label %join11

then10:
	%174 = icmp slt i64 0, %45
	br i1 %174, label %then12, label %join13

join11:
	br label %join6

then12:
	%175 = add i64 %53, 1
	%176 = select i1 %56, i64 %175, i64 %53
	%177 = mul i64 0, 24
	%178 = add i64 %177, %53
	%179 = add i64 %177, %176
	%180 = getelementptr inbounds float, float addrspace(1)* %43, i64 %178
	%181 = load float, float addrspace(1)* %180
	%182 = fadd float %161, %181
	%183 = getelementptr inbounds float, float addrspace(1)* %43, i64 %179
	%184 = load float, float addrspace(1)* %183
	%185 = fadd float %172, %184
	%186 = getelementptr inbounds float, float addrspace(1)* %34, i64 %178
	store float %182, float addrspace(1)* %186
	br i1 %56, label %then14, label %join15

join13:
	br label %join11

then14:
	%187 = getelementptr inbounds float, float addrspace(1)* %34, i64 %179
	store float %185, float addrspace(1)* %187
	br label %join15

join15:
	br label %join13

then16:
	%188 = sdiv i64 %27, 32
	%189 = srem i64 %27, 32
	%190 = mul i64 %29, 16
	%191 = add i64 %begin, %190
	%192 = mul i64 %188, 2
	%193 = add i64 %191, %192
	%194 = icmp slt i64 %193, %end
	br i1 %194, label %then19, label %join20

join17:
	br label %join3

else18:
	%195 = srem i64 %27, 16
	%196 = sdiv i64 %27, 16
	%197 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 0) to float addrspace(3)*
	%198 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 4160) to float addrspace(3)*
	%199 = add i64 %45, 63
	%200 = sdiv i64 %199, 64
	%201 = sub i64 %end, %begin
	%202 = add i64 %201, 63
	%203 = sdiv i64 %202, 64
	%204 = mul i64 %200, %203
	br label %loop42

then19:
	%205 = add i64 %193, 1
	%206 = icmp slt i64 %205, %end
	%207 = add i64 %193, 1
	%208 = select i1 %206, i64 %207, i64 %193
	%209 = mul i64 %193, 40
	%210 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %209
	%211 = mul i64 %208, 40
	%212 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %211
	%213 = add i64 %45, -1
	%214 = icmp slt i64 0, %213
	%215 = select i1 %214, i64 0, i64 %213
	%216 = mul i64 %215, 40
	%217 = getelementptr inbounds float, float addrspace(1)* %37, i64 %216
	%218 = add i64 %45, -1
	%219 = icmp slt i64 1, %218
	%220 = select i1 %219, i64 1, i64 %218
	%221 = mul i64 %220, 40
	%222 = getelementptr inbounds float, float addrspace(1)* %37, i64 %221
	%223 = add i64 %45, -1
	%224 = icmp slt i64 2, %223
	%225 = select i1 %224, i64 2, i64 %223
	%226 = mul i64 %225, 40
	%227 = getelementptr inbounds float, float addrspace(1)* %37, i64 %226
	%228 = add i64 %45, -1
	%229 = icmp slt i64 3, %228
	%230 = select i1 %229, i64 3, i64 %228
	%231 = mul i64 %230, 40
	%232 = getelementptr inbounds float, float addrspace(1)* %37, i64 %231
	store float 0.0, float* %2
	store float 0.0, float* %3
	store float 0.0, float* %4
	store float 0.0, float* %5
	store float 0.0, float* %6
	store float 0.0, float* %7
	store float 0.0, float* %8
	store float 0.0, float* %9
	%233 = mul i64 %189, 8
	br label %loop21

join20:
	br label %join17

loop21:
	%234 = phi i64 [ %233, %then19 ], [ %414, %body22 ]
	%235 = icmp slt i64 %234, 40
	br i1 %235, label %body22, label %done23

body22:
	%236 = getelementptr inbounds i16, i16 addrspace(1)* %210, i64 %234
	%237 = bitcast i16 addrspace(1)* %236 to <4 x i32> addrspace(1)*
	%238 = load <4 x i32>, <4 x i32> addrspace(1)* %237, align 16
	%239 = extractelement <4 x i32> %238, i32 0
	%240 = extractelement <4 x i32> %238, i32 1
	%241 = extractelement <4 x i32> %238, i32 2
	%242 = extractelement <4 x i32> %238, i32 3
	%243 = shl i32 %239, 16
	%244 = bitcast i32 %243 to float
	%245 = and i32 %239, -65536
	%246 = bitcast i32 %245 to float
	%247 = shl i32 %240, 16
	%248 = bitcast i32 %247 to float
	%249 = and i32 %240, -65536
	%250 = bitcast i32 %249 to float
	%251 = shl i32 %241, 16
	%252 = bitcast i32 %251 to float
	%253 = and i32 %241, -65536
	%254 = bitcast i32 %253 to float
	%255 = shl i32 %242, 16
	%256 = bitcast i32 %255 to float
	%257 = and i32 %242, -65536
	%258 = bitcast i32 %257 to float
	%259 = getelementptr inbounds i16, i16 addrspace(1)* %212, i64 %234
	%260 = bitcast i16 addrspace(1)* %259 to <4 x i32> addrspace(1)*
	%261 = load <4 x i32>, <4 x i32> addrspace(1)* %260, align 16
	%262 = extractelement <4 x i32> %261, i32 0
	%263 = extractelement <4 x i32> %261, i32 1
	%264 = extractelement <4 x i32> %261, i32 2
	%265 = extractelement <4 x i32> %261, i32 3
	%266 = shl i32 %262, 16
	%267 = bitcast i32 %266 to float
	%268 = and i32 %262, -65536
	%269 = bitcast i32 %268 to float
	%270 = shl i32 %263, 16
	%271 = bitcast i32 %270 to float
	%272 = and i32 %263, -65536
	%273 = bitcast i32 %272 to float
	%274 = shl i32 %264, 16
	%275 = bitcast i32 %274 to float
	%276 = and i32 %264, -65536
	%277 = bitcast i32 %276 to float
	%278 = shl i32 %265, 16
	%279 = bitcast i32 %278 to float
	%280 = and i32 %265, -65536
	%281 = bitcast i32 %280 to float
	%282 = getelementptr inbounds float, float addrspace(1)* %217, i64 %234
	%283 = bitcast float addrspace(1)* %282 to <4 x float> addrspace(1)*
	%284 = load <4 x float>, <4 x float> addrspace(1)* %283, align 16
	%285 = extractelement <4 x float> %284, i32 0
	%286 = extractelement <4 x float> %284, i32 1
	%287 = extractelement <4 x float> %284, i32 2
	%288 = extractelement <4 x float> %284, i32 3
	%289 = add i64 %234, 4
	%290 = getelementptr inbounds float, float addrspace(1)* %217, i64 %289
	%291 = bitcast float addrspace(1)* %290 to <4 x float> addrspace(1)*
	%292 = load <4 x float>, <4 x float> addrspace(1)* %291, align 16
	%293 = extractelement <4 x float> %292, i32 0
	%294 = extractelement <4 x float> %292, i32 1
	%295 = extractelement <4 x float> %292, i32 2
	%296 = extractelement <4 x float> %292, i32 3
	%297 = load float, float* %2
	%298 = load float, float* %3
	%299 = call float @llvm.fma.f32(float %244, float %285, float %297)
	%300 = call float @llvm.fma.f32(float %267, float %285, float %298)
	%301 = call float @llvm.fma.f32(float %246, float %286, float %299)
	%302 = call float @llvm.fma.f32(float %269, float %286, float %300)
	%303 = call float @llvm.fma.f32(float %248, float %287, float %301)
	%304 = call float @llvm.fma.f32(float %271, float %287, float %302)
	%305 = call float @llvm.fma.f32(float %250, float %288, float %303)
	%306 = call float @llvm.fma.f32(float %273, float %288, float %304)
	%307 = call float @llvm.fma.f32(float %252, float %293, float %305)
	%308 = call float @llvm.fma.f32(float %275, float %293, float %306)
	%309 = call float @llvm.fma.f32(float %254, float %294, float %307)
	%310 = call float @llvm.fma.f32(float %277, float %294, float %308)
	%311 = call float @llvm.fma.f32(float %256, float %295, float %309)
	%312 = call float @llvm.fma.f32(float %279, float %295, float %310)
	%313 = call float @llvm.fma.f32(float %258, float %296, float %311)
	%314 = call float @llvm.fma.f32(float %281, float %296, float %312)
	store float %313, float* %2
	store float %314, float* %3
	%315 = getelementptr inbounds float, float addrspace(1)* %222, i64 %234
	%316 = bitcast float addrspace(1)* %315 to <4 x float> addrspace(1)*
	%317 = load <4 x float>, <4 x float> addrspace(1)* %316, align 16
	%318 = extractelement <4 x float> %317, i32 0
	%319 = extractelement <4 x float> %317, i32 1
	%320 = extractelement <4 x float> %317, i32 2
	%321 = extractelement <4 x float> %317, i32 3
	%322 = add i64 %234, 4
	%323 = getelementptr inbounds float, float addrspace(1)* %222, i64 %322
	%324 = bitcast float addrspace(1)* %323 to <4 x float> addrspace(1)*
	%325 = load <4 x float>, <4 x float> addrspace(1)* %324, align 16
	%326 = extractelement <4 x float> %325, i32 0
	%327 = extractelement <4 x float> %325, i32 1
	%328 = extractelement <4 x float> %325, i32 2
	%329 = extractelement <4 x float> %325, i32 3
	%330 = load float, float* %4
	%331 = load float, float* %5
	%332 = call float @llvm.fma.f32(float %244, float %318, float %330)
	%333 = call float @llvm.fma.f32(float %267, float %318, float %331)
	%334 = call float @llvm.fma.f32(float %246, float %319, float %332)
	%335 = call float @llvm.fma.f32(float %269, float %319, float %333)
	%336 = call float @llvm.fma.f32(float %248, float %320, float %334)
	%337 = call float @llvm.fma.f32(float %271, float %320, float %335)
	%338 = call float @llvm.fma.f32(float %250, float %321, float %336)
	%339 = call float @llvm.fma.f32(float %273, float %321, float %337)
	%340 = call float @llvm.fma.f32(float %252, float %326, float %338)
	%341 = call float @llvm.fma.f32(float %275, float %326, float %339)
	%342 = call float @llvm.fma.f32(float %254, float %327, float %340)
	%343 = call float @llvm.fma.f32(float %277, float %327, float %341)
	%344 = call float @llvm.fma.f32(float %256, float %328, float %342)
	%345 = call float @llvm.fma.f32(float %279, float %328, float %343)
	%346 = call float @llvm.fma.f32(float %258, float %329, float %344)
	%347 = call float @llvm.fma.f32(float %281, float %329, float %345)
	store float %346, float* %4
	store float %347, float* %5
	%348 = getelementptr inbounds float, float addrspace(1)* %227, i64 %234
	%349 = bitcast float addrspace(1)* %348 to <4 x float> addrspace(1)*
	%350 = load <4 x float>, <4 x float> addrspace(1)* %349, align 16
	%351 = extractelement <4 x float> %350, i32 0
	%352 = extractelement <4 x float> %350, i32 1
	%353 = extractelement <4 x float> %350, i32 2
	%354 = extractelement <4 x float> %350, i32 3
	%355 = add i64 %234, 4
	%356 = getelementptr inbounds float, float addrspace(1)* %227, i64 %355
	%357 = bitcast float addrspace(1)* %356 to <4 x float> addrspace(1)*
	%358 = load <4 x float>, <4 x float> addrspace(1)* %357, align 16
	%359 = extractelement <4 x float> %358, i32 0
	%360 = extractelement <4 x float> %358, i32 1
	%361 = extractelement <4 x float> %358, i32 2
	%362 = extractelement <4 x float> %358, i32 3
	%363 = load float, float* %6
	%364 = load float, float* %7
	%365 = call float @llvm.fma.f32(float %244, float %351, float %363)
	%366 = call float @llvm.fma.f32(float %267, float %351, float %364)
	%367 = call float @llvm.fma.f32(float %246, float %352, float %365)
	%368 = call float @llvm.fma.f32(float %269, float %352, float %366)
	%369 = call float @llvm.fma.f32(float %248, float %353, float %367)
	%370 = call float @llvm.fma.f32(float %271, float %353, float %368)
	%371 = call float @llvm.fma.f32(float %250, float %354, float %369)
	%372 = call float @llvm.fma.f32(float %273, float %354, float %370)
	%373 = call float @llvm.fma.f32(float %252, float %359, float %371)
	%374 = call float @llvm.fma.f32(float %275, float %359, float %372)
	%375 = call float @llvm.fma.f32(float %254, float %360, float %373)
	%376 = call float @llvm.fma.f32(float %277, float %360, float %374)
	%377 = call float @llvm.fma.f32(float %256, float %361, float %375)
	%378 = call float @llvm.fma.f32(float %279, float %361, float %376)
	%379 = call float @llvm.fma.f32(float %258, float %362, float %377)
	%380 = call float @llvm.fma.f32(float %281, float %362, float %378)
	store float %379, float* %6
	store float %380, float* %7
	%381 = getelementptr inbounds float, float addrspace(1)* %232, i64 %234
	%382 = bitcast float addrspace(1)* %381 to <4 x float> addrspace(1)*
	%383 = load <4 x float>, <4 x float> addrspace(1)* %382, align 16
	%384 = extractelement <4 x float> %383, i32 0
	%385 = extractelement <4 x float> %383, i32 1
	%386 = extractelement <4 x float> %383, i32 2
	%387 = extractelement <4 x float> %383, i32 3
	%388 = add i64 %234, 4
	%389 = getelementptr inbounds float, float addrspace(1)* %232, i64 %388
	%390 = bitcast float addrspace(1)* %389 to <4 x float> addrspace(1)*
	%391 = load <4 x float>, <4 x float> addrspace(1)* %390, align 16
	%392 = extractelement <4 x float> %391, i32 0
	%393 = extractelement <4 x float> %391, i32 1
	%394 = extractelement <4 x float> %391, i32 2
	%395 = extractelement <4 x float> %391, i32 3
	%396 = load float, float* %8
	%397 = load float, float* %9
	%398 = call float @llvm.fma.f32(float %244, float %384, float %396)
	%399 = call float @llvm.fma.f32(float %267, float %384, float %397)
	%400 = call float @llvm.fma.f32(float %246, float %385, float %398)
	%401 = call float @llvm.fma.f32(float %269, float %385, float %399)
	%402 = call float @llvm.fma.f32(float %248, float %386, float %400)
	%403 = call float @llvm.fma.f32(float %271, float %386, float %401)
	%404 = call float @llvm.fma.f32(float %250, float %387, float %402)
	%405 = call float @llvm.fma.f32(float %273, float %387, float %403)
	%406 = call float @llvm.fma.f32(float %252, float %392, float %404)
	%407 = call float @llvm.fma.f32(float %275, float %392, float %405)
	%408 = call float @llvm.fma.f32(float %254, float %393, float %406)
	%409 = call float @llvm.fma.f32(float %277, float %393, float %407)
	%410 = call float @llvm.fma.f32(float %256, float %394, float %408)
	%411 = call float @llvm.fma.f32(float %279, float %394, float %409)
	%412 = call float @llvm.fma.f32(float %258, float %395, float %410)
	%413 = call float @llvm.fma.f32(float %281, float %395, float %411)
	store float %412, float* %8
	store float %413, float* %9
	%414 = add i64 %234, 256
	br label %loop21

done23:
	%415 = load float, float* %2
	%416 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %415, i32 16, i32 31)
	%417 = fadd float %415, %416
	%418 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %417, i32 8, i32 31)
	%419 = fadd float %417, %418
	%420 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %419, i32 4, i32 31)
	%421 = fadd float %419, %420
	%422 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %421, i32 2, i32 31)
	%423 = fadd float %421, %422
	%424 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %423, i32 1, i32 31)
	%425 = fadd float %423, %424
	%426 = load float, float* %3
	%427 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %426, i32 16, i32 31)
	%428 = fadd float %426, %427
	%429 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %428, i32 8, i32 31)
	%430 = fadd float %428, %429
	%431 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %430, i32 4, i32 31)
	%432 = fadd float %430, %431
	%433 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %432, i32 2, i32 31)
	%434 = fadd float %432, %433
	%435 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %434, i32 1, i32 31)
	%436 = fadd float %434, %435
	%437 = load float, float* %4
	%438 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %437, i32 16, i32 31)
	%439 = fadd float %437, %438
	%440 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %439, i32 8, i32 31)
	%441 = fadd float %439, %440
	%442 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %441, i32 4, i32 31)
	%443 = fadd float %441, %442
	%444 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %443, i32 2, i32 31)
	%445 = fadd float %443, %444
	%446 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %445, i32 1, i32 31)
	%447 = fadd float %445, %446
	%448 = load float, float* %5
	%449 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %448, i32 16, i32 31)
	%450 = fadd float %448, %449
	%451 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %450, i32 8, i32 31)
	%452 = fadd float %450, %451
	%453 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %452, i32 4, i32 31)
	%454 = fadd float %452, %453
	%455 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %454, i32 2, i32 31)
	%456 = fadd float %454, %455
	%457 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %456, i32 1, i32 31)
	%458 = fadd float %456, %457
	%459 = load float, float* %6
	%460 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %459, i32 16, i32 31)
	%461 = fadd float %459, %460
	%462 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %461, i32 8, i32 31)
	%463 = fadd float %461, %462
	%464 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %463, i32 4, i32 31)
	%465 = fadd float %463, %464
	%466 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %465, i32 2, i32 31)
	%467 = fadd float %465, %466
	%468 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %467, i32 1, i32 31)
	%469 = fadd float %467, %468
	%470 = load float, float* %7
	%471 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %470, i32 16, i32 31)
	%472 = fadd float %470, %471
	%473 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %472, i32 8, i32 31)
	%474 = fadd float %472, %473
	%475 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %474, i32 4, i32 31)
	%476 = fadd float %474, %475
	%477 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %476, i32 2, i32 31)
	%478 = fadd float %476, %477
	%479 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %478, i32 1, i32 31)
	%480 = fadd float %478, %479
	%481 = load float, float* %8
	%482 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %481, i32 16, i32 31)
	%483 = fadd float %481, %482
	%484 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %483, i32 8, i32 31)
	%485 = fadd float %483, %484
	%486 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %485, i32 4, i32 31)
	%487 = fadd float %485, %486
	%488 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %487, i32 2, i32 31)
	%489 = fadd float %487, %488
	%490 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %489, i32 1, i32 31)
	%491 = fadd float %489, %490
	%492 = load float, float* %9
	%493 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %492, i32 16, i32 31)
	%494 = fadd float %492, %493
	%495 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %494, i32 8, i32 31)
	%496 = fadd float %494, %495
	%497 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %496, i32 4, i32 31)
	%498 = fadd float %496, %497
	%499 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %498, i32 2, i32 31)
	%500 = fadd float %498, %499
	%501 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %500, i32 1, i32 31)
	%502 = fadd float %500, %501
	%503 = icmp eq i64 %189, 0
	br i1 %503, label %then24, label %join25

then24:
	%504 = icmp slt i64 0, %45
	br i1 %504, label %then26, label %join27

join25:
	br label %join20

then26:
	%505 = add i64 %193, 1
	%506 = select i1 %206, i64 %505, i64 %193
	%507 = mul i64 0, 24
	%508 = add i64 %507, %193
	%509 = add i64 %507, %506
	%510 = getelementptr inbounds float, float addrspace(1)* %43, i64 %508
	%511 = load float, float addrspace(1)* %510
	%512 = fadd float %425, %511
	%513 = getelementptr inbounds float, float addrspace(1)* %43, i64 %509
	%514 = load float, float addrspace(1)* %513
	%515 = fadd float %436, %514
	%516 = getelementptr inbounds float, float addrspace(1)* %34, i64 %508
	store float %512, float addrspace(1)* %516
	br i1 %206, label %then28, label %join29

join27:
	%517 = icmp slt i64 1, %45
	br i1 %517, label %then30, label %join31

then28:
	%518 = getelementptr inbounds float, float addrspace(1)* %34, i64 %509
	store float %515, float addrspace(1)* %518
	br label %join29

join29:
	br label %join27

then30:
	%519 = add i64 %193, 1
	%520 = select i1 %206, i64 %519, i64 %193
	%521 = mul i64 1, 24
	%522 = add i64 %521, %193
	%523 = add i64 %521, %520
	%524 = getelementptr inbounds float, float addrspace(1)* %43, i64 %522
	%525 = load float, float addrspace(1)* %524
	%526 = fadd float %447, %525
	%527 = getelementptr inbounds float, float addrspace(1)* %43, i64 %523
	%528 = load float, float addrspace(1)* %527
	%529 = fadd float %458, %528
	%530 = getelementptr inbounds float, float addrspace(1)* %34, i64 %522
	store float %526, float addrspace(1)* %530
	br i1 %206, label %then32, label %join33

join31:
	%531 = icmp slt i64 2, %45
	br i1 %531, label %then34, label %join35

then32:
	%532 = getelementptr inbounds float, float addrspace(1)* %34, i64 %523
	store float %529, float addrspace(1)* %532
	br label %join33

join33:
	br label %join31

then34:
	%533 = add i64 %193, 1
	%534 = select i1 %206, i64 %533, i64 %193
	%535 = mul i64 2, 24
	%536 = add i64 %535, %193
	%537 = add i64 %535, %534
	%538 = getelementptr inbounds float, float addrspace(1)* %43, i64 %536
	%539 = load float, float addrspace(1)* %538
	%540 = fadd float %469, %539
	%541 = getelementptr inbounds float, float addrspace(1)* %43, i64 %537
	%542 = load float, float addrspace(1)* %541
	%543 = fadd float %480, %542
	%544 = getelementptr inbounds float, float addrspace(1)* %34, i64 %536
	store float %540, float addrspace(1)* %544
	br i1 %206, label %then36, label %join37

join35:
	%545 = icmp slt i64 3, %45
	br i1 %545, label %then38, label %join39

then36:
	%546 = getelementptr inbounds float, float addrspace(1)* %34, i64 %537
	store float %543, float addrspace(1)* %546
	br label %join37

join37:
	br label %join35

then38:
	%547 = add i64 %193, 1
	%548 = select i1 %206, i64 %547, i64 %193
	%549 = mul i64 3, 24
	%550 = add i64 %549, %193
	%551 = add i64 %549, %548
	%552 = getelementptr inbounds float, float addrspace(1)* %43, i64 %550
	%553 = load float, float addrspace(1)* %552
	%554 = fadd float %491, %553
	%555 = getelementptr inbounds float, float addrspace(1)* %43, i64 %551
	%556 = load float, float addrspace(1)* %555
	%557 = fadd float %502, %556
	%558 = getelementptr inbounds float, float addrspace(1)* %34, i64 %550
	store float %554, float addrspace(1)* %558
	br i1 %206, label %then40, label %join41

join39:
	br label %join25

then40:
	%559 = getelementptr inbounds float, float addrspace(1)* %34, i64 %551
	store float %557, float addrspace(1)* %559
	br label %join41

join41:
	br label %join39

loop42:
	%560 = phi i64 [ %29, %else18 ], [ %934, %join80 ]
	%561 = icmp slt i64 %560, %204
	br i1 %561, label %body43, label %done44

body43:
	%562 = srem i64 %560, %200
	%563 = mul i64 %562, 64
	%564 = sdiv i64 %560, %200
	%565 = mul i64 %564, 64
	%566 = add i64 %begin, %565
	%567 = add i64 %563, %196
	%568 = icmp slt i64 %567, %45
	%569 = select i1 %568, i64 %567, i64 0
	%570 = mul i64 %569, 40
	%571 = getelementptr inbounds float, float addrspace(1)* %37, i64 %570
	%572 = add i64 %566, %196
	%573 = icmp slt i64 %572, %end
	%574 = select i1 %573, i64 %572, i64 0
	%575 = mul i64 %574, 40
	%576 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %575
	%577 = add i64 %196, 16
	%578 = add i64 %563, %577
	%579 = icmp slt i64 %578, %45
	%580 = select i1 %579, i64 %578, i64 0
	%581 = mul i64 %580, 40
	%582 = getelementptr inbounds float, float addrspace(1)* %37, i64 %581
	%583 = add i64 %196, 16
	%584 = add i64 %566, %583
	%585 = icmp slt i64 %584, %end
	%586 = select i1 %585, i64 %584, i64 0
	%587 = mul i64 %586, 40
	%588 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %587
	%589 = add i64 %196, 32
	%590 = add i64 %563, %589
	%591 = icmp slt i64 %590, %45
	%592 = select i1 %591, i64 %590, i64 0
	%593 = mul i64 %592, 40
	%594 = getelementptr inbounds float, float addrspace(1)* %37, i64 %593
	%595 = add i64 %196, 32
	%596 = add i64 %566, %595
	%597 = icmp slt i64 %596, %end
	%598 = select i1 %597, i64 %596, i64 0
	%599 = mul i64 %598, 40
	%600 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %599
	%601 = add i64 %196, 48
	%602 = add i64 %563, %601
	%603 = icmp slt i64 %602, %45
	%604 = select i1 %603, i64 %602, i64 0
	%605 = mul i64 %604, 40
	%606 = getelementptr inbounds float, float addrspace(1)* %37, i64 %605
	%607 = add i64 %196, 48
	%608 = add i64 %566, %607
	%609 = icmp slt i64 %608, %end
	%610 = select i1 %609, i64 %608, i64 0
	%611 = mul i64 %610, 40
	%612 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %611
	store float 0.0, float* %10
	store float 0.0, float* %11
	store float 0.0, float* %12
	store float 0.0, float* %13
	store float 0.0, float* %14
	store float 0.0, float* %15
	store float 0.0, float* %16
	store float 0.0, float* %17
	store float 0.0, float* %18
	store float 0.0, float* %19
	store float 0.0, float* %20
	store float 0.0, float* %21
	store float 0.0, float* %22
	store float 0.0, float* %23
	store float 0.0, float* %24
	store float 0.0, float* %25
	br label %loop45

done44:
	br label %join17

loop45:
	%613 = phi i64 [ 0, %body43 ], [ %753, %done50 ]
	%614 = icmp slt i64 %613, 40
	br i1 %614, label %body46, label %done47

body46:
	%615 = add i64 %613, %195
	%616 = icmp slt i64 %615, 40
	%617 = select i1 %616, i64 %615, i64 0
	%618 = and i1 %568, %616
	%619 = getelementptr inbounds float, float addrspace(1)* %571, i64 %617
	%620 = load float, float addrspace(1)* %619
	%621 = select i1 %618, float %620, float 0.0
	%622 = mul i64 %195, 65
	%623 = add i64 %622, %196
	%624 = getelementptr inbounds float, float addrspace(3)* %197, i64 %623
	store float %621, float addrspace(3)* %624
	%625 = and i1 %573, %616
	%626 = getelementptr inbounds i16, i16 addrspace(1)* %576, i64 %617
	%627 = load i16, i16 addrspace(1)* %626
	%628 = zext i16 %627 to i32
	%629 = shl i32 %628, 16
	%630 = bitcast i32 %629 to float
	%631 = select i1 %625, float %630, float 0.0
	%632 = mul i64 %195, 66
	%633 = add i64 %632, %196
	%634 = getelementptr inbounds float, float addrspace(3)* %198, i64 %633
	store float %631, float addrspace(3)* %634
	%635 = add i64 %196, 16
	%636 = and i1 %579, %616
	%637 = getelementptr inbounds float, float addrspace(1)* %582, i64 %617
	%638 = load float, float addrspace(1)* %637
	%639 = select i1 %636, float %638, float 0.0
	%640 = mul i64 %195, 65
	%641 = add i64 %640, %635
	%642 = getelementptr inbounds float, float addrspace(3)* %197, i64 %641
	store float %639, float addrspace(3)* %642
	%643 = and i1 %585, %616
	%644 = getelementptr inbounds i16, i16 addrspace(1)* %588, i64 %617
	%645 = load i16, i16 addrspace(1)* %644
	%646 = zext i16 %645 to i32
	%647 = shl i32 %646, 16
	%648 = bitcast i32 %647 to float
	%649 = select i1 %643, float %648, float 0.0
	%650 = mul i64 %195, 66
	%651 = add i64 %650, %635
	%652 = getelementptr inbounds float, float addrspace(3)* %198, i64 %651
	store float %649, float addrspace(3)* %652
	%653 = add i64 %196, 32
	%654 = and i1 %591, %616
	%655 = getelementptr inbounds float, float addrspace(1)* %594, i64 %617
	%656 = load float, float addrspace(1)* %655
	%657 = select i1 %654, float %656, float 0.0
	%658 = mul i64 %195, 65
	%659 = add i64 %658, %653
	%660 = getelementptr inbounds float, float addrspace(3)* %197, i64 %659
	store float %657, float addrspace(3)* %660
	%661 = and i1 %597, %616
	%662 = getelementptr inbounds i16, i16 addrspace(1)* %600, i64 %617
	%663 = load i16, i16 addrspace(1)* %662
	%664 = zext i16 %663 to i32
	%665 = shl i32 %664, 16
	%666 = bitcast i32 %665 to float
	%667 = select i1 %661, float %666, float 0.0
	%668 = mul i64 %195, 66
	%669 = add i64 %668, %653
	%670 = getelementptr inbounds float, float addrspace(3)* %198, i64 %669
	store float %667, float addrspace(3)* %670
	%671 = add i64 %196, 48
	%672 = and i1 %603, %616
	%673 = getelementptr inbounds float, float addrspace(1)* %606, i64 %617
	%674 = load float, float addrspace(1)* %673
	%675 = select i1 %672, float %674, float 0.0
	%676 = mul i64 %195, 65
	%677 = add i64 %676, %671
	%678 = getelementptr inbounds float, float addrspace(3)* %197, i64 %677
	store float %675, float addrspace(3)* %678
	%679 = and i1 %609, %616
	%680 = getelementptr inbounds i16, i16 addrspace(1)* %612, i64 %617
	%681 = load i16, i16 addrspace(1)* %680
	%682 = zext i16 %681 to i32
	%683 = shl i32 %682, 16
	%684 = bitcast i32 %683 to float
	%685 = select i1 %679, float %684, float 0.0
	%686 = mul i64 %195, 66
	%687 = add i64 %686, %671
	%688 = getelementptr inbounds float, float addrspace(3)* %198, i64 %687
	store float %685, float addrspace(3)* %688
	call void @llvm.nvvm.barrier0()
	br label %loop48

done47:
	%689 = add i64 %563, %196
	%690 = mul i64 %195, 2
	%691 = add i64 %566, %690
	%692 = icmp slt i64 %689, %45
	%693 = icmp slt i64 %691, %end
	%694 = and i1 %692, %693
	br i1 %694, label %then51, label %join52

loop48:
	%695 = phi i64 [ 0, %body46 ], [ %752, %body49 ]
	%696 = icmp slt i64 %695, 16
	br i1 %696, label %body49, label %done50

body49:
	%697 = mul i64 %695, 65
	%698 = add i64 %697, %196
	%699 = getelementptr inbounds float, float addrspace(3)* %197, i64 %698
	%700 = mul i64 %695, 66
	%701 = mul i64 %195, 2
	%702 = add i64 %700, %701
	%703 = getelementptr inbounds float, float addrspace(3)* %198, i64 %702
	%704 = getelementptr inbounds float, float addrspace(3)* %699, i64 0
	%705 = load float, float addrspace(3)* %704
	%706 = getelementptr inbounds float, float addrspace(3)* %699, i64 16
	%707 = load float, float addrspace(3)* %706
	%708 = getelementptr inbounds float, float addrspace(3)* %699, i64 32
	%709 = load float, float addrspace(3)* %708
	%710 = getelementptr inbounds float, float addrspace(3)* %699, i64 48
	%711 = load float, float addrspace(3)* %710
	%712 = getelementptr inbounds float, float addrspace(3)* %703, i64 0
	%713 = load float, float addrspace(3)* %712
	%714 = getelementptr inbounds float, float addrspace(3)* %703, i64 1
	%715 = load float, float addrspace(3)* %714
	%716 = getelementptr inbounds float, float addrspace(3)* %703, i64 32
	%717 = load float, float addrspace(3)* %716
	%718 = getelementptr inbounds float, float addrspace(3)* %703, i64 33
	%719 = load float, float addrspace(3)* %718
	%720 = load float, float* %10
	%721 = call float @llvm.fma.f32(float %705, float %713, float %720)
	store float %721, float* %10
	%722 = load float, float* %11
	%723 = call float @llvm.fma.f32(float %705, float %715, float %722)
	store float %723, float* %11
	%724 = load float, float* %12
	%725 = call float @llvm.fma.f32(float %705, float %717, float %724)
	store float %725, float* %12
	%726 = load float, float* %13
	%727 = call float @llvm.fma.f32(float %705, float %719, float %726)
	store float %727, float* %13
	%728 = load float, float* %14
	%729 = call float @llvm.fma.f32(float %707, float %713, float %728)
	store float %729, float* %14
	%730 = load float, float* %15
	%731 = call float @llvm.fma.f32(float %707, float %715, float %730)
	store float %731, float* %15
	%732 = load float, float* %16
	%733 = call float @llvm.fma.f32(float %707, float %717, float %732)
	store float %733, float* %16
	%734 = load float, float* %17
	%735 = call float @llvm.fma.f32(float %707, float %719, float %734)
	store float %735, float* %17
	%736 = load float, float* %18
	%737 = call float @llvm.fma.f32(float %709, float %713, float %736)
	store float %737, float* %18
	%738 = load float, float* %19
	%739 = call float @llvm.fma.f32(float %709, float %715, float %738)
	store float %739, float* %19
	%740 = load float, float* %20
	%741 = call float @llvm.fma.f32(float %709, float %717, float %740)
	store float %741, float* %20
	%742 = load float, float* %21
	%743 = call float @llvm.fma.f32(float %709, float %719, float %742)
	store float %743, float* %21
	%744 = load float, float* %22
	%745 = call float @llvm.fma.f32(float %711, float %713, float %744)
	store float %745, float* %22
	%746 = load float, float* %23
	%747 = call float @llvm.fma.f32(float %711, float %715, float %746)
	store float %747, float* %23
	%748 = load float, float* %24
	%749 = call float @llvm.fma.f32(float %711, float %717, float %748)
	store float %749, float* %24
	%750 = load float, float* %25
	%751 = call float @llvm.fma.f32(float %711, float %719, float %750)
	store float %751, float* %25
	%752 = add i64 %695, 1
	br label %loop48

done50:
	call void @llvm.nvvm.barrier0()
	%753 = add i64 %613, 16
	br label %loop45

then51:
	%754 = load float, float* %10
	%755 = load float, float* %11
	%756 = add i64 %691, 1
	%757 = icmp slt i64 %756, %end
	%758 = add i64 %691, 1
	%759 = select i1 %757, i64 %758, i64 %691
	%760 = mul i64 %689, 24
	%761 = add i64 %760, %691
	%762 = add i64 %760, %759
	%763 = getelementptr inbounds float, float addrspace(1)* %43, i64 %761
	%764 = load float, float addrspace(1)* %763
	%765 = fadd float %754, %764
	%766 = getelementptr inbounds float, float addrspace(1)* %43, i64 %762
	%767 = load float, float addrspace(1)* %766
	%768 = fadd float %755, %767
	%769 = getelementptr inbounds float, float addrspace(1)* %34, i64 %761
	store float %765, float addrspace(1)* %769
	br i1 %757, label %then53, label %join54

join52:
	%770 = mul i64 %195, 2
	%771 = add i64 %770, 32
	%772 = add i64 %566, %771
	%773 = icmp slt i64 %689, %45
	%774 = icmp slt i64 %772, %end
	%775 = and i1 %773, %774
	br i1 %775, label %then55, label %join56

then53:
	%776 = getelementptr inbounds float, float addrspace(1)* %34, i64 %762
	store float %768, float addrspace(1)* %776
	br label %join54

join54:
	br label %join52

then55:
	%777 = load float, float* %12
	%778 = load float, float* %13
	%779 = add i64 %772, 1
	%780 = icmp slt i64 %779, %end
	%781 = add i64 %772, 1
	%782 = select i1 %780, i64 %781, i64 %772
	%783 = mul i64 %689, 24
	%784 = add i64 %783, %772
	%785 = add i64 %783, %782
	%786 = getelementptr inbounds float, float addrspace(1)* %43, i64 %784
	%787 = load float, float addrspace(1)* %786
	%788 = fadd float %777, %787
	%789 = getelementptr inbounds float, float addrspace(1)* %43, i64 %785
	%790 = load float, float addrspace(1)* %789
	%791 = fadd float %778, %790
	%792 = getelementptr inbounds float, float addrspace(1)* %34, i64 %784
	store float %788, float addrspace(1)* %792
	br i1 %780, label %then57, label %join58

join56:
	%793 = add i64 %196, 16
	%794 = add i64 %563, %793
	%795 = mul i64 %195, 2
	%796 = add i64 %566, %795
	%797 = icmp slt i64 %794, %45
	%798 = icmp slt i64 %796, %end
	%799 = and i1 %797, %798
	br i1 %799, label %then59, label %join60

then57:
	%800 = getelementptr inbounds float, float addrspace(1)* %34, i64 %785
	store float %791, float addrspace(1)* %800
	br label %join58

join58:
	br label %join56

then59:
	%801 = load float, float* %14
	%802 = load float, float* %15
	%803 = add i64 %796, 1
	%804 = icmp slt i64 %803, %end
	%805 = add i64 %796, 1
	%806 = select i1 %804, i64 %805, i64 %796
	%807 = mul i64 %794, 24
	%808 = add i64 %807, %796
	%809 = add i64 %807, %806
	%810 = getelementptr inbounds float, float addrspace(1)* %43, i64 %808
	%811 = load float, float addrspace(1)* %810
	%812 = fadd float %801, %811
	%813 = getelementptr inbounds float, float addrspace(1)* %43, i64 %809
	%814 = load float, float addrspace(1)* %813
	%815 = fadd float %802, %814
	%816 = getelementptr inbounds float, float addrspace(1)* %34, i64 %808
	store float %812, float addrspace(1)* %816
	br i1 %804, label %then61, label %join62

join60:
	%817 = mul i64 %195, 2
	%818 = add i64 %817, 32
	%819 = add i64 %566, %818
	%820 = icmp slt i64 %794, %45
	%821 = icmp slt i64 %819, %end
	%822 = and i1 %820, %821
	br i1 %822, label %then63, label %join64

then61:
	%823 = getelementptr inbounds float, float addrspace(1)* %34, i64 %809
	store float %815, float addrspace(1)* %823
	br label %join62

join62:
	br label %join60

then63:
	%824 = load float, float* %16
	%825 = load float, float* %17
	%826 = add i64 %819, 1
	%827 = icmp slt i64 %826, %end
	%828 = add i64 %819, 1
	%829 = select i1 %827, i64 %828, i64 %819
	%830 = mul i64 %794, 24
	%831 = add i64 %830, %819
	%832 = add i64 %830, %829
	%833 = getelementptr inbounds float, float addrspace(1)* %43, i64 %831
	%834 = load float, float addrspace(1)* %833
	%835 = fadd float %824, %834
	%836 = getelementptr inbounds float, float addrspace(1)* %43, i64 %832
	%837 = load float, float addrspace(1)* %836
	%838 = fadd float %825, %837
	%839 = getelementptr inbounds float, float addrspace(1)* %34, i64 %831
	store float %835, float addrspace(1)* %839
	br i1 %827, label %then65, label %join66

join64:
	%840 = add i64 %196, 32
	%841 = add i64 %563, %840
	%842 = mul i64 %195, 2
	%843 = add i64 %566, %842
	%844 = icmp slt i64 %841, %45
	%845 = icmp slt i64 %843, %end
	%846 = and i1 %844, %845
	br i1 %846, label %then67, label %join68

then65:
	%847 = getelementptr inbounds float, float addrspace(1)* %34, i64 %832
	store float %838, float addrspace(1)* %847
	br label %join66

join66:
	br label %join64

then67:
	%848 = load float, float* %18
	%849 = load float, float* %19
	%850 = add i64 %843, 1
	%851 = icmp slt i64 %850, %end
	%852 = add i64 %843, 1
	%853 = select i1 %851, i64 %852, i64 %843
	%854 = mul i64 %841, 24
	%855 = add i64 %854, %843
	%856 = add i64 %854, %853
	%857 = getelementptr inbounds float, float addrspace(1)* %43, i64 %855
	%858 = load float, float addrspace(1)* %857
	%859 = fadd float %848, %858
	%860 = getelementptr inbounds float, float addrspace(1)* %43, i64 %856
	%861 = load float, float addrspace(1)* %860
	%862 = fadd float %849, %861
	%863 = getelementptr inbounds float, float addrspace(1)* %34, i64 %855
	store float %859, float addrspace(1)* %863
	br i1 %851, label %then69, label %join70

join68:
	%864 = mul i64 %195, 2
	%865 = add i64 %864, 32
	%866 = add i64 %566, %865
	%867 = icmp slt i64 %841, %45
	%868 = icmp slt i64 %866, %end
	%869 = and i1 %867, %868
	br i1 %869, label %then71, label %join72

then69:
	%870 = getelementptr inbounds float, float addrspace(1)* %34, i64 %856
	store float %862, float addrspace(1)* %870
	br label %join70

join70:
	br label %join68

then71:
	%871 = load float, float* %20
	%872 = load float, float* %21
	%873 = add i64 %866, 1
	%874 = icmp slt i64 %873, %end
	%875 = add i64 %866, 1
	%876 = select i1 %874, i64 %875, i64 %866
	%877 = mul i64 %841, 24
	%878 = add i64 %877, %866
	%879 = add i64 %877, %876
	%880 = getelementptr inbounds float, float addrspace(1)* %43, i64 %878
	%881 = load float, float addrspace(1)* %880
	%882 = fadd float %871, %881
	%883 = getelementptr inbounds float, float addrspace(1)* %43, i64 %879
	%884 = load float, float addrspace(1)* %883
	%885 = fadd float %872, %884
	%886 = getelementptr inbounds float, float addrspace(1)* %34, i64 %878
	store float %882, float addrspace(1)* %886
	br i1 %874, label %then73, label %join74

join72:
	%887 = add i64 %196, 48
	%888 = add i64 %563, %887
	%889 = mul i64 %195, 2
	%890 = add i64 %566, %889
	%891 = icmp slt i64 %888, %45
	%892 = icmp slt i64 %890, %end
	%893 = and i1 %891, %892
	br i1 %893, label %then75, label %join76

then73:
	%894 = getelementptr inbounds float, float addrspace(1)* %34, i64 %879
	store float %885, float addrspace(1)* %894
	br label %join74

join74:
	br label %join72

then75:
	%895 = load float, float* %22
	%896 = load float, float* %23
	%897 = add i64 %890, 1
	%898 = icmp slt i64 %897, %end
	%899 = add i64 %890, 1
	%900 = select i1 %898, i64 %899, i64 %890
	%901 = mul i64 %888, 24
	%902 = add i64 %901, %890
	%903 = add i64 %901, %900
	%904 = getelementptr inbounds float, float addrspace(1)* %43, i64 %902
	%905 = load float, float addrspace(1)* %904
	%906 = fadd float %895, %905
	%907 = getelementptr inbounds float, float addrspace(1)* %43, i64 %903
	%908 = load float, float addrspace(1)* %907
	%909 = fadd float %896, %908
	%910 = getelementptr inbounds float, float addrspace(1)* %34, i64 %902
	store float %906, float addrspace(1)* %910
	br i1 %898, label %then77, label %join78

join76:
	%911 = mul i64 %195, 2
	%912 = add i64 %911, 32
	%913 = add i64 %566, %912
	%914 = icmp slt i64 %888, %45
	%915 = icmp slt i64 %913, %end
	%916 = and i1 %914, %915
	br i1 %916, label %then79, label %join80

then77:
	%917 = getelementptr inbounds float, float addrspace(1)* %34, i64 %903
	store float %909, float addrspace(1)* %917
	br label %join78

join78:
	br label %join76

then79:
	%918 = load float, float* %24
	%919 = load float, float* %25
	%920 = add i64 %913, 1
	%921 = icmp slt i64 %920, %end
	%922 = add i64 %913, 1
	%923 = select i1 %921, i64 %922, i64 %913
	%924 = mul i64 %888, 24
	%925 = add i64 %924, %913
	%926 = add i64 %924, %923
	%927 = getelementptr inbounds float, float addrspace(1)* %43, i64 %925
	%928 = load float, float addrspace(1)* %927
	%929 = fadd float %918, %928
	%930 = getelementptr inbounds float, float addrspace(1)* %43, i64 %926
	%931 = load float, float addrspace(1)* %930
	%932 = fadd float %919, %931
	%933 = getelementptr inbounds float, float addrspace(1)* %34, i64 %925
	store float %929, float addrspace(1)* %933
	br i1 %921, label %then81, label %join82

join80:
	%934 = add i64 %560, %31
	br label %loop42

then81:
	%935 = getelementptr inbounds float, float addrspace(1)* %34, i64 %926
	store float %932, float addrspace(1)* %935
	br label %join82

join82:
	br label %join80
}

define void @mtc_g_last_n24(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	br label %start1

start1:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = zext i32 %0 to i64
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%3 = zext i32 %2 to i64
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%5 = zext i32 %4 to i64
	%6 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%7 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %6
	%8 = bitcast i8 addrspace(1)* %7 to float addrspace(1)*
	%9 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%10 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %9
	%11 = bitcast i8 addrspace(1)* %10 to float addrspace(1)*
	%12 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 0
	%13 = load i64, i64 addrspace(1)* %12
	%14 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 1
	%15 = load i64, i64 addrspace(1)* %14
	%16 = add i64 %begin, %3
	%17 = icmp slt i64 %16, %end
	br i1 %17, label %cont2, label %ret3

cont2:
	%18 = sub i64 %13, %15
	%19 = add i64 %18, %16
	%20 = mul i64 %16, 24
	%21 = getelementptr inbounds float, float addrspace(1)* %8, i64 %20
	%22 = icmp sge i64 %19, 0
	br i1 %22, label %then4, label %else6

ret3:
	ret void

then4:
	%23 = mul i64 %19, 24
	%24 = getelementptr inbounds float, float addrspace(1)* %11, i64 %23
	br label %loop7

join5:
	ret void

else6:
	br label %loop10

loop7:
	%25 = phi i64 [ %1, %then4 ], [ %30, %body8 ]
	%26 = icmp slt i64 %25, 24
	br i1 %26, label %body8, label %done9

body8:
	%27 = getelementptr inbounds float, float addrspace(1)* %24, i64 %25
	%28 = load float, float addrspace(1)* %27
	%29 = getelementptr inbounds float, float addrspace(1)* %21, i64 %25
	store float %28, float addrspace(1)* %29
	%30 = add i64 %25, 256
	br label %loop7

done9:
	br label %join5

loop10:
	%31 = phi i64 [ %1, %else6 ], [ %34, %body11 ]
	%32 = icmp slt i64 %31, 24
	br i1 %32, label %body11, label %done12

body11:
	%33 = getelementptr inbounds float, float addrspace(1)* %21, i64 %31
	store float bitcast (i32 2143289344 to float), float addrspace(1)* %33
	%34 = add i64 %31, 256
	br label %loop10

done12:
	br label %join5
}

define void @mtc_g_matmul_bf16_k24_n32(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	%0 = alloca float
	%1 = alloca float
	%2 = alloca float
	%3 = alloca float
	%4 = alloca float
	%5 = alloca float
	%6 = alloca float
	%7 = alloca float
	%8 = alloca float
	%9 = alloca float
	%10 = alloca float
	%11 = alloca float
	%12 = alloca float
	%13 = alloca float
	%14 = alloca float
	%15 = alloca float
	%16 = alloca float
	%17 = alloca float
	%18 = alloca float
	%19 = alloca float
	%20 = alloca float
	%21 = alloca float
	%22 = alloca float
	%23 = alloca float
	%24 = alloca float
	%25 = alloca float
	br label %start1

start1:
	%26 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%27 = zext i32 %26 to i64
	%28 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%29 = zext i32 %28 to i64
	%30 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%31 = zext i32 %30 to i64
	%32 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%33 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %32
	%34 = bitcast i8 addrspace(1)* %33 to float addrspace(1)*
	%35 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%36 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %35
	%37 = bitcast i8 addrspace(1)* %36 to float addrspace(1)*
	%38 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 2
	%39 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %38
	%40 = bitcast i8 addrspace(1)* %39 to i16 addrspace(1)*
	%41 = getelementptr inbounds i64, i64 addrspace(1)* %ints, i64 0
	%42 = load i64, i64 addrspace(1)* %41
	%43 = icmp eq i64 %42, 1
	%44 = icmp sle i64 %42, 4
	br i1 %43, label %then2, label %else4

then2:
	%45 = sdiv i64 %27, 32
	%46 = srem i64 %27, 32
	%47 = mul i64 %29, 16
	%48 = add i64 %begin, %47
	%49 = mul i64 %45, 2
	%50 = add i64 %48, %49
	%51 = icmp slt i64 %50, %end
	br i1 %51, label %then5, label %join6

join3:
	ret void

else4:
	br i1 %44, label %then16, label %else18

then5:
	%52 = add i64 %50, 1
	%53 = icmp slt i64 %52, %end
	%54 = add i64 %50, 1
	%55 = select i1 %53, i64 %54, i64 %50
	%56 = mul i64 %50, 24
	%57 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %56
	%58 = mul i64 %55, 24
	%59 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %58
	%60 = add i64 %42, -1
	%61 = icmp slt i64 0, %60
	%62 = select i1 %61, i64 0, i64 %60
	%63 = mul i64 %62, 24
	%64 = getelementptr inbounds float, float addrspace(1)* %37, i64 %63
	store float 0.0, float* %0
	store float 0.0, float* %1
	%65 = mul i64 %46, 8
	br label %loop7

join6:
	br label %join3

loop7:
	%66 = phi i64 [ %65, %then5 ], [ %147, %body8 ]
	%67 = icmp slt i64 %66, 24
	br i1 %67, label %body8, label %done9

body8:
	%68 = getelementptr inbounds i16, i16 addrspace(1)* %57, i64 %66
	%69 = bitcast i16 addrspace(1)* %68 to <4 x i32> addrspace(1)*
	%70 = load <4 x i32>, <4 x i32> addrspace(1)* %69, align 16
	%71 = extractelement <4 x i32> %70, i32 0
	%72 = extractelement <4 x i32> %70, i32 1
	%73 = extractelement <4 x i32> %70, i32 2
	%74 = extractelement <4 x i32> %70, i32 3
	%75 = shl i32 %71, 16
	%76 = bitcast i32 %75 to float
	%77 = and i32 %71, -65536
	%78 = bitcast i32 %77 to float
	%79 = shl i32 %72, 16
	%80 = bitcast i32 %79 to float
	%81 = and i32 %72, -65536
	%82 = bitcast i32 %81 to float
	%83 = shl i32 %73, 16
	%84 = bitcast i32 %83 to float
	%85 = and i32 %73, -65536
	%86 = bitcast i32 %85 to float
	%87 = shl i32 %74, 16
	%88 = bitcast i32 %87 to float
	%89 = and i32 %74, -65536
	%90 = bitcast i32 %89 to float
	%91 = getelementptr inbounds i16, i16 addrspace(1)* %59, i64 %66
	%92 = bitcast i16 addrspace(1)* %91 to <4 x i32> addrspace(1)*
	%93 = load <4 x i32>, <4 x i32> addrspace(1)* %92, align 16
	%94 = extractelement <4 x i32> %93, i32 0
	%95 = extractelement <4 x i32> %93, i32 1
	%96 = extractelement <4 x i32> %93, i32 2
	%97 = extractelement <4 x i32> %93, i32 3
	%98 = shl i32 %94, 16
	%99 = bitcast i32 %98 to float
	%100 = and i32 %94, -65536
	%101 = bitcast i32 %100 to float
	%102 = shl i32 %95, 16
	%103 = bitcast i32 %102 to float
	%104 = and i32 %95, -65536
	%105 = bitcast i32 %104 to float
	%106 = shl i32 %96, 16
	%107 = bitcast i32 %106 to float
	%108 = and i32 %96, -65536
	%109 = bitcast i32 %108 to float
	%110 = shl i32 %97, 16
	%111 = bitcast i32 %110 to float
	%112 = and i32 %97, -65536
	%113 = bitcast i32 %112 to float
	%114 = getelementptr inbounds float, float addrspace(1)* %64, i64 %66
	%115 = bitcast float addrspace(1)* %114 to <4 x float> addrspace(1)*
	%116 = load <4 x float>, <4 x float> addrspace(1)* %115, align 16
	%117 = extractelement <4 x float> %116, i32 0
	%118 = extractelement <4 x float> %116, i32 1
	%119 = extractelement <4 x float> %116, i32 2
	%120 = extractelement <4 x float> %116, i32 3
	%121 = add i64 %66, 4
	%122 = getelementptr inbounds float, float addrspace(1)* %64, i64 %121
	%123 = bitcast float addrspace(1)* %122 to <4 x float> addrspace(1)*
	%124 = load <4 x float>, <4 x float> addrspace(1)* %123, align 16
	%125 = extractelement <4 x float> %124, i32 0
	%126 = extractelement <4 x float> %124, i32 1
	%127 = extractelement <4 x float> %124, i32 2
	%128 = extractelement <4 x float> %124, i32 3
	%129 = load float, float* %0
	%130 = load float, float* %1
	%131 = call float @llvm.fma.f32(float %76, float %117, float %129)
	%132 = call float @llvm.fma.f32(float %99, float %117, float %130)
	%133 = call float @llvm.fma.f32(float %78, float %118, float %131)
	%134 = call float @llvm.fma.f32(float %101, float %118, float %132)
	%135 = call float @llvm.fma.f32(float %80, float %119, float %133)
	%136 = call float @llvm.fma.f32(float %103, float %119, float %134)
	%137 = call float @llvm.fma.f32(float %82, float %120, float %135)
	%138 = call float @llvm.fma.f32(float %105, float %120, float %136)
	%139 = call float @llvm.fma.f32(float %84, float %125, float %137)
	%140 = call float @llvm.fma.f32(float %107, float %125, float %138)
	%141 = call float @llvm.fma.f32(float %86, float %126, float %139)
	%142 = call float @llvm.fma.f32(float %109, float %126, float %140)
	%143 = call float @llvm.fma.f32(float %88, float %127, float %141)
	%144 = call float @llvm.fma.f32(float %111, float %127, float %142)
	%145 = call float @llvm.fma.f32(float %90, float %128, float %143)
	%146 = call float @llvm.fma.f32(float %113, float %128, float %144)
	store float %145, float* %0
	store float %146, float* %1
	%147 = add i64 %66, 256
	br label %loop7

done9:
	%148 = load float, float* %0
	%149 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %148, i32 16, i32 31)
	%150 = fadd float %148, %149
	%151 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %150, i32 8, i32 31)
	%152 = fadd float %150, %151
	%153 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %152, i32 4, i32 31)
	%154 = fadd float %152, %153
	%155 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %154, i32 2, i32 31)
	%156 = fadd float %154, %155
	%157 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %156, i32 1, i32 31)
	%158 = fadd float %156, %157
	%159 = load float, float* %1
	%160 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %159, i32 16, i32 31)
	%161 = fadd float %159, %160
	%162 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %161, i32 8, i32 31)
	%163 = fadd float %161, %162
	%164 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %163, i32 4, i32 31)
	%165 = fadd float %163, %164
	%166 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %165, i32 2, i32 31)
	%167 = fadd float %165, %166
	%168 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 1, i32 31)
	%169 = fadd float %167, %168
	%170 = icmp eq i64 %46, 0
	br i1 %170, label %then10, label %join11

then10:
	%171 = icmp slt i64 0, %42
	br i1 %171, label %then12, label %join13

join11:
	br label %join6

then12:
	%172 = add i64 %50, 1
	%173 = select i1 %53, i64 %172, i64 %50
	%174 = mul i64 0, 32
	%175 = add i64 %174, %50
	%176 = add i64 %174, %173
	%177 = getelementptr inbounds float, float addrspace(1)* %34, i64 %175
	store float %158, float addrspace(1)* %177
	br i1 %53, label %then14, label %join15

join13:
	br label %join11

then14:
	%178 = getelementptr inbounds float, float addrspace(1)* %34, i64 %176
	store float %169, float addrspace(1)* %178
	br label %join15

join15:
	br label %join13

then16:
	%179 = sdiv i64 %27, 32
	%180 = srem i64 %27, 32
	%181 = mul i64 %29, 16
	%182 = add i64 %begin, %181
	%183 = mul i64 %179, 2
	%184 = add i64 %182, %183
	%185 = icmp slt i64 %184, %end
	br i1 %185, label %then19, label %join20

join17:
	br label %join3

else18:
	%186 = srem i64 %27, 16
	%187 = sdiv i64 %27, 16
	%188 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 0) to float addrspace(3)*
	%189 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 4160) to float addrspace(3)*
	%190 = add i64 %42, 63
	%191 = sdiv i64 %190, 64
	%192 = sub i64 %end, %begin
	%193 = add i64 %192, 63
	%194 = sdiv i64 %193, 64
	%195 = mul i64 %191, %194
	br label %loop42

then19:
	%196 = add i64 %184, 1
	%197 = icmp slt i64 %196, %end
	%198 = add i64 %184, 1
	%199 = select i1 %197, i64 %198, i64 %184
	%200 = mul i64 %184, 24
	%201 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %200
	%202 = mul i64 %199, 24
	%203 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %202
	%204 = add i64 %42, -1
	%205 = icmp slt i64 0, %204
	%206 = select i1 %205, i64 0, i64 %204
	%207 = mul i64 %206, 24
	%208 = getelementptr inbounds float, float addrspace(1)* %37, i64 %207
	%209 = add i64 %42, -1
	%210 = icmp slt i64 1, %209
	%211 = select i1 %210, i64 1, i64 %209
	%212 = mul i64 %211, 24
	%213 = getelementptr inbounds float, float addrspace(1)* %37, i64 %212
	%214 = add i64 %42, -1
	%215 = icmp slt i64 2, %214
	%216 = select i1 %215, i64 2, i64 %214
	%217 = mul i64 %216, 24
	%218 = getelementptr inbounds float, float addrspace(1)* %37, i64 %217
	%219 = add i64 %42, -1
	%220 = icmp slt i64 3, %219
	%221 = select i1 %220, i64 3, i64 %219
	%222 = mul i64 %221, 24
	%223 = getelementptr inbounds float, float addrspace(1)* %37, i64 %222
	store float 0.0, float* %2
	store float 0.0, float* %3
	store float 0.0, float* %4
	store float 0.0, float* %5
	store float 0.0, float* %6
	store float 0.0, float* %7
	store float 0.0, float* %8
	store float 0.0, float* %9
	%224 = mul i64 %180, 8
	br label %loop21

join20:
	br label %join17

loop21:
	%225 = phi i64 [ %224, %then19 ], [ %405, %body22 ]
	%226 = icmp slt i64 %225, 24
	br i1 %226, label %body22, label %done23

body22:
	%227 = getelementptr inbounds i16, i16 addrspace(1)* %201, i64 %225
	%228 = bitcast i16 addrspace(1)* %227 to <4 x i32> addrspace(1)*
	%229 = load <4 x i32>, <4 x i32> addrspace(1)* %228, align 16
	%230 = extractelement <4 x i32> %229, i32 0
	%231 = extractelement <4 x i32> %229, i32 1
	%232 = extractelement <4 x i32> %229, i32 2
	%233 = extractelement <4 x i32> %229, i32 3
	%234 = shl i32 %230, 16
	%235 = bitcast i32 %234 to float
	%236 = and i32 %230, -65536
	%237 = bitcast i32 %236 to float
	%238 = shl i32 %231, 16
	%239 = bitcast i32 %238 to float
	%240 = and i32 %231, -65536
	%241 = bitcast i32 %240 to float
	%242 = shl i32 %232, 16
	%243 = bitcast i32 %242 to float
	%244 = and i32 %232, -65536
	%245 = bitcast i32 %244 to float
	%246 = shl i32 %233, 16
	%247 = bitcast i32 %246 to float
	%248 = and i32 %233, -65536
	%249 = bitcast i32 %248 to float
	%250 = getelementptr inbounds i16, i16 addrspace(1)* %203, i64 %225
	%251 = bitcast i16 addrspace(1)* %250 to <4 x i32> addrspace(1)*
	%252 = load <4 x i32>, <4 x i32> addrspace(1)* %251, align 16
	%253 = extractelement <4 x i32> %252, i32 0
	%254 = extractelement <4 x i32> %252, i32 1
	%255 = extractelement <4 x i32> %252, i32 2
	%256 = extractelement <4 x i32> %252, i32 3
	%257 = shl i32 %253, 16
	%258 = bitcast i32 %257 to float
	%259 = and i32 %253, -65536
	%260 = bitcast i32 %259 to float
	%261 = shl i32 %254, 16
	%262 = bitcast i32 %261 to float
	%263 = and i32 %254, -65536
	%264 = bitcast i32 %263 to float
	%265 = shl i32 %255, 16
	%266 = bitcast i32 %265 to float
	%267 = and i32 %255, -65536
	%268 = bitcast i32 %267 to float
	%269 = shl i32 %256, 16
	%270 = bitcast i32 %269 to float
	%271 = and i32 %256, -65536
	%272 = bitcast i32 %271 to float
	%273 = getelementptr inbounds float, float addrspace(1)* %208, i64 %225
	%274 = bitcast float addrspace(1)* %273 to <4 x float> addrspace(1)*
	%275 = load <4 x float>, <4 x float> addrspace(1)* %274, align 16
	%276 = extractelement <4 x float> %275, i32 0
	%277 = extractelement <4 x float> %275, i32 1
	%278 = extractelement <4 x float> %275, i32 2
	%279 = extractelement <4 x float> %275, i32 3
	%280 = add i64 %225, 4
	%281 = getelementptr inbounds float, float addrspace(1)* %208, i64 %280
	%282 = bitcast float addrspace(1)* %281 to <4 x float> addrspace(1)*
	%283 = load <4 x float>, <4 x float> addrspace(1)* %282, align 16
	%284 = extractelement <4 x float> %283, i32 0
	%285 = extractelement <4 x float> %283, i32 1
	%286 = extractelement <4 x float> %283, i32 2
	%287 = extractelement <4 x float> %283, i32 3
	%288 = load float, float* %2
	%289 = load float, float* %3
	%290 = call float @llvm.fma.f32(float %235, float %276, float %288)
	%291 = call float @llvm.fma.f32(float %258, float %276, float %289)
	%292 = call float @llvm.fma.f32(float %237, float %277, float %290)
	%293 = call float @llvm.fma.f32(float %260, float %277, float %291)
	%294 = call float @llvm.fma.f32(float %239, float %278, float %292)
	%295 = call float @llvm.fma.f32(float %262, float %278, float %293)
	%296 = call float @llvm.fma.f32(float %241, float %279, float %294)
	%297 = call float @llvm.fma.f32(float %264, float %279, float %295)
	%298 = call float @llvm.fma.f32(float %243, float %284, float %296)
	%299 = call float @llvm.fma.f32(float %266, float %284, float %297)
	%300 = call float @llvm.fma.f32(float %245, float %285, float %298)
	%301 = call float @llvm.fma.f32(float %268, float %285, float %299)
	%302 = call float @llvm.fma.f32(float %247, float %286, float %300)
	%303 = call float @llvm.fma.f32(float %270, float %286, float %301)
	%304 = call float @llvm.fma.f32(float %249, float %287, float %302)
	%305 = call float @llvm.fma.f32(float %272, float %287, float %303)
	store float %304, float* %2
	store float %305, float* %3
	%306 = getelementptr inbounds float, float addrspace(1)* %213, i64 %225
	%307 = bitcast float addrspace(1)* %306 to <4 x float> addrspace(1)*
	%308 = load <4 x float>, <4 x float> addrspace(1)* %307, align 16
	%309 = extractelement <4 x float> %308, i32 0
	%310 = extractelement <4 x float> %308, i32 1
	%311 = extractelement <4 x float> %308, i32 2
	%312 = extractelement <4 x float> %308, i32 3
	%313 = add i64 %225, 4
	%314 = getelementptr inbounds float, float addrspace(1)* %213, i64 %313
	%315 = bitcast float addrspace(1)* %314 to <4 x float> addrspace(1)*
	%316 = load <4 x float>, <4 x float> addrspace(1)* %315, align 16
	%317 = extractelement <4 x float> %316, i32 0
	%318 = extractelement <4 x float> %316, i32 1
	%319 = extractelement <4 x float> %316, i32 2
	%320 = extractelement <4 x float> %316, i32 3
	%321 = load float, float* %4
	%322 = load float, float* %5
	%323 = call float @llvm.fma.f32(float %235, float %309, float %321)
	%324 = call float @llvm.fma.f32(float %258, float %309, float %322)
	%325 = call float @llvm.fma.f32(float %237, float %310, float %323)
	%326 = call float @llvm.fma.f32(float %260, float %310, float %324)
	%327 = call float @llvm.fma.f32(float %239, float %311, float %325)
	%328 = call float @llvm.fma.f32(float %262, float %311, float %326)
	%329 = call float @llvm.fma.f32(float %241, float %312, float %327)
	%330 = call float @llvm.fma.f32(float %264, float %312, float %328)
	%331 = call float @llvm.fma.f32(float %243, float %317, float %329)
	%332 = call float @llvm.fma.f32(float %266, float %317, float %330)
	%333 = call float @llvm.fma.f32(float %245, float %318, float %331)
	%334 = call float @llvm.fma.f32(float %268, float %318, float %332)
	%335 = call float @llvm.fma.f32(float %247, float %319, float %333)
	%336 = call float @llvm.fma.f32(float %270, float %319, float %334)
	%337 = call float @llvm.fma.f32(float %249, float %320, float %335)
	%338 = call float @llvm.fma.f32(float %272, float %320, float %336)
	store float %337, float* %4
	store float %338, float* %5
	%339 = getelementptr inbounds float, float addrspace(1)* %218, i64 %225
	%340 = bitcast float addrspace(1)* %339 to <4 x float> addrspace(1)*
	%341 = load <4 x float>, <4 x float> addrspace(1)* %340, align 16
	%342 = extractelement <4 x float> %341, i32 0
	%343 = extractelement <4 x float> %341, i32 1
	%344 = extractelement <4 x float> %341, i32 2
	%345 = extractelement <4 x float> %341, i32 3
	%346 = add i64 %225, 4
	%347 = getelementptr inbounds float, float addrspace(1)* %218, i64 %346
	%348 = bitcast float addrspace(1)* %347 to <4 x float> addrspace(1)*
	%349 = load <4 x float>, <4 x float> addrspace(1)* %348, align 16
	%350 = extractelement <4 x float> %349, i32 0
	%351 = extractelement <4 x float> %349, i32 1
	%352 = extractelement <4 x float> %349, i32 2
	%353 = extractelement <4 x float> %349, i32 3
	%354 = load float, float* %6
	%355 = load float, float* %7
	%356 = call float @llvm.fma.f32(float %235, float %342, float %354)
	%357 = call float @llvm.fma.f32(float %258, float %342, float %355)
	%358 = call float @llvm.fma.f32(float %237, float %343, float %356)
	%359 = call float @llvm.fma.f32(float %260, float %343, float %357)
	%360 = call float @llvm.fma.f32(float %239, float %344, float %358)
	%361 = call float @llvm.fma.f32(float %262, float %344, float %359)
	%362 = call float @llvm.fma.f32(float %241, float %345, float %360)
	%363 = call float @llvm.fma.f32(float %264, float %345, float %361)
	%364 = call float @llvm.fma.f32(float %243, float %350, float %362)
	%365 = call float @llvm.fma.f32(float %266, float %350, float %363)
	%366 = call float @llvm.fma.f32(float %245, float %351, float %364)
	%367 = call float @llvm.fma.f32(float %268, float %351, float %365)
	%368 = call float @llvm.fma.f32(float %247, float %352, float %366)
	%369 = call float @llvm.fma.f32(float %270, float %352, float %367)
	%370 = call float @llvm.fma.f32(float %249, float %353, float %368)
	%371 = call float @llvm.fma.f32(float %272, float %353, float %369)
	store float %370, float* %6
	store float %371, float* %7
	%372 = getelementptr inbounds float, float addrspace(1)* %223, i64 %225
	%373 = bitcast float addrspace(1)* %372 to <4 x float> addrspace(1)*
	%374 = load <4 x float>, <4 x float> addrspace(1)* %373, align 16
	%375 = extractelement <4 x float> %374, i32 0
	%376 = extractelement <4 x float> %374, i32 1
	%377 = extractelement <4 x float> %374, i32 2
	%378 = extractelement <4 x float> %374, i32 3
	%379 = add i64 %225, 4
	%380 = getelementptr inbounds float, float addrspace(1)* %223, i64 %379
	%381 = bitcast float addrspace(1)* %380 to <4 x float> addrspace(1)*
	%382 = load <4 x float>, <4 x float> addrspace(1)* %381, align 16
	%383 = extractelement <4 x float> %382, i32 0
	%384 = extractelement <4 x float> %382, i32 1
	%385 = extractelement <4 x float> %382, i32 2
	%386 = extractelement <4 x float> %382, i32 3
	%387 = load float, float* %8
	%388 = load float, float* %9
	%389 = call float @llvm.fma.f32(float %235, float %375, float %387)
	%390 = call float @llvm.fma.f32(float %258, float %375, float %388)
	%391 = call float @llvm.fma.f32(float %237, float %376, float %389)
	%392 = call float @llvm.fma.f32(float %260, float %376, float %390)
	%393 = call float @llvm.fma.f32(float %239, float %377, float %391)
	%394 = call float @llvm.fma.f32(float %262, float %377, float %392)
	%395 = call float @llvm.fma.f32(float %241, float %378, float %393)
	%396 = call float @llvm.fma.f32(float %264, float %378, float %394)
	%397 = call float @llvm.fma.f32(float %243, float %383, float %395)
	%398 = call float @llvm.fma.f32(float %266, float %383, float %396)
	%399 = call float @llvm.fma.f32(float %245, float %384, float %397)
	%400 = call float @llvm.fma.f32(float %268, float %384, float %398)
	%401 = call float @llvm.fma.f32(float %247, float %385, float %399)
	%402 = call float @llvm.fma.f32(float %270, float %385, float %400)
	%403 = call float @llvm.fma.f32(float %249, float %386, float %401)
	%404 = call float @llvm.fma.f32(float %272, float %386, float %402)
	store float %403, float* %8
	store float %404, float* %9
	%405 = add i64 %225, 256
	br label %loop21

done23:
	%406 = load float, float* %2
	%407 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %406, i32 16, i32 31)
	%408 = fadd float %406, %407
	%409 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %408, i32 8, i32 31)
	%410 = fadd float %408, %409
	%411 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %410, i32 4, i32 31)
	%412 = fadd float %410, %411
	%413 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %412, i32 2, i32 31)
	%414 = fadd float %412, %413
	%415 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %414, i32 1, i32 31)
	%416 = fadd float %414, %415
	%417 = load float, float* %3
	%418 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %417, i32 16, i32 31)
	%419 = fadd float %417, %418
	%420 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %419, i32 8, i32 31)
	%421 = fadd float %419, %420
	%422 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %421, i32 4, i32 31)
	%423 = fadd float %421, %422
	%424 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %423, i32 2, i32 31)
	%425 = fadd float %423, %424
	%426 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %425, i32 1, i32 31)
	%427 = fadd float %425, %426
	%428 = load float, float* %4
	%429 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %428, i32 16, i32 31)
	%430 = fadd float %428, %429
	%431 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %430, i32 8, i32 31)
	%432 = fadd float %430, %431
	%433 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %432, i32 4, i32 31)
	%434 = fadd float %432, %433
	%435 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %434, i32 2, i32 31)
	%436 = fadd float %434, %435
	%437 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %436, i32 1, i32 31)
	%438 = fadd float %436, %437
	%439 = load float, float* %5
	%440 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %439, i32 16, i32 31)
	%441 = fadd float %439, %440
	%442 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %441, i32 8, i32 31)
	%443 = fadd float %441, %442
	%444 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %443, i32 4, i32 31)
	%445 = fadd float %443, %444
	%446 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %445, i32 2, i32 31)
	%447 = fadd float %445, %446
	%448 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %447, i32 1, i32 31)
	%449 = fadd float %447, %448
	%450 = load float, float* %6
	%451 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %450, i32 16, i32 31)
	%452 = fadd float %450, %451
	%453 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %452, i32 8, i32 31)
	%454 = fadd float %452, %453
	%455 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %454, i32 4, i32 31)
	%456 = fadd float %454, %455
	%457 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %456, i32 2, i32 31)
	%458 = fadd float %456, %457
	%459 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %458, i32 1, i32 31)
	%460 = fadd float %458, %459
	%461 = load float, float* %7
	%462 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %461, i32 16, i32 31)
	%463 = fadd float %461, %462
	%464 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %463, i32 8, i32 31)
	%465 = fadd float %463, %464
	%466 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %465, i32 4, i32 31)
	%467 = fadd float %465, %466
	%468 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %467, i32 2, i32 31)
	%469 = fadd float %467, %468
	%470 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %469, i32 1, i32 31)
	%471 = fadd float %469, %470
	%472 = load float, float* %8
	%473 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %472, i32 16, i32 31)
	%474 = fadd float %472, %473
	%475 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %474, i32 8, i32 31)
	%476 = fadd float %474, %475
	%477 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %476, i32 4, i32 31)
	%478 = fadd float %476, %477
	%479 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %478, i32 2, i32 31)
	%480 = fadd float %478, %479
	%481 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %480, i32 1, i32 31)
	%482 = fadd float %480, %481
	%483 = load float, float* %9
	%484 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %483, i32 16, i32 31)
	%485 = fadd float %483, %484
	%486 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %485, i32 8, i32 31)
	%487 = fadd float %485, %486
	%488 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %487, i32 4, i32 31)
	%489 = fadd float %487, %488
	%490 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %489, i32 2, i32 31)
	%491 = fadd float %489, %490
	%492 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %491, i32 1, i32 31)
	%493 = fadd float %491, %492
	%494 = icmp eq i64 %180, 0
	br i1 %494, label %then24, label %join25

then24:
	%495 = icmp slt i64 0, %42
	br i1 %495, label %then26, label %join27

join25:
	br label %join20

then26:
	%496 = add i64 %184, 1
	%497 = select i1 %197, i64 %496, i64 %184
	%498 = mul i64 0, 32
	%499 = add i64 %498, %184
	%500 = add i64 %498, %497
	%501 = getelementptr inbounds float, float addrspace(1)* %34, i64 %499
	store float %416, float addrspace(1)* %501
	br i1 %197, label %then28, label %join29

join27:
	%502 = icmp slt i64 1, %42
	br i1 %502, label %then30, label %join31

then28:
	%503 = getelementptr inbounds float, float addrspace(1)* %34, i64 %500
	store float %427, float addrspace(1)* %503
	br label %join29

join29:
	br label %join27

then30:
	%504 = add i64 %184, 1
	%505 = select i1 %197, i64 %504, i64 %184
	%506 = mul i64 1, 32
	%507 = add i64 %506, %184
	%508 = add i64 %506, %505
	%509 = getelementptr inbounds float, float addrspace(1)* %34, i64 %507
	store float %438, float addrspace(1)* %509
	br i1 %197, label %then32, label %join33

join31:
	%510 = icmp slt i64 2, %42
	br i1 %510, label %then34, label %join35

then32:
	%511 = getelementptr inbounds float, float addrspace(1)* %34, i64 %508
	store float %449, float addrspace(1)* %511
	br label %join33

join33:
	br label %join31

then34:
	%512 = add i64 %184, 1
	%513 = select i1 %197, i64 %512, i64 %184
	%514 = mul i64 2, 32
	%515 = add i64 %514, %184
	%516 = add i64 %514, %513
	%517 = getelementptr inbounds float, float addrspace(1)* %34, i64 %515
	store float %460, float addrspace(1)* %517
	br i1 %197, label %then36, label %join37

join35:
	%518 = icmp slt i64 3, %42
	br i1 %518, label %then38, label %join39

then36:
	%519 = getelementptr inbounds float, float addrspace(1)* %34, i64 %516
	store float %471, float addrspace(1)* %519
	br label %join37

join37:
	br label %join35

then38:
	%520 = add i64 %184, 1
	%521 = select i1 %197, i64 %520, i64 %184
	%522 = mul i64 3, 32
	%523 = add i64 %522, %184
	%524 = add i64 %522, %521
	%525 = getelementptr inbounds float, float addrspace(1)* %34, i64 %523
	store float %482, float addrspace(1)* %525
	br i1 %197, label %then40, label %join41

join39:
	br label %join25

then40:
	%526 = getelementptr inbounds float, float addrspace(1)* %34, i64 %524
	store float %493, float addrspace(1)* %526
	br label %join41

join41:
	br label %join39

loop42:
	%527 = phi i64 [ %29, %else18 ], [ %853, %join80 ]
	%528 = icmp slt i64 %527, %195
	br i1 %528, label %body43, label %done44

body43:
	%529 = srem i64 %527, %191
	%530 = mul i64 %529, 64
	%531 = sdiv i64 %527, %191
	%532 = mul i64 %531, 64
	%533 = add i64 %begin, %532
	%534 = add i64 %530, %187
	%535 = icmp slt i64 %534, %42
	%536 = select i1 %535, i64 %534, i64 0
	%537 = mul i64 %536, 24
	%538 = getelementptr inbounds float, float addrspace(1)* %37, i64 %537
	%539 = add i64 %533, %187
	%540 = icmp slt i64 %539, %end
	%541 = select i1 %540, i64 %539, i64 0
	%542 = mul i64 %541, 24
	%543 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %542
	%544 = add i64 %187, 16
	%545 = add i64 %530, %544
	%546 = icmp slt i64 %545, %42
	%547 = select i1 %546, i64 %545, i64 0
	%548 = mul i64 %547, 24
	%549 = getelementptr inbounds float, float addrspace(1)* %37, i64 %548
	%550 = add i64 %187, 16
	%551 = add i64 %533, %550
	%552 = icmp slt i64 %551, %end
	%553 = select i1 %552, i64 %551, i64 0
	%554 = mul i64 %553, 24
	%555 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %554
	%556 = add i64 %187, 32
	%557 = add i64 %530, %556
	%558 = icmp slt i64 %557, %42
	%559 = select i1 %558, i64 %557, i64 0
	%560 = mul i64 %559, 24
	%561 = getelementptr inbounds float, float addrspace(1)* %37, i64 %560
	%562 = add i64 %187, 32
	%563 = add i64 %533, %562
	%564 = icmp slt i64 %563, %end
	%565 = select i1 %564, i64 %563, i64 0
	%566 = mul i64 %565, 24
	%567 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %566
	%568 = add i64 %187, 48
	%569 = add i64 %530, %568
	%570 = icmp slt i64 %569, %42
	%571 = select i1 %570, i64 %569, i64 0
	%572 = mul i64 %571, 24
	%573 = getelementptr inbounds float, float addrspace(1)* %37, i64 %572
	%574 = add i64 %187, 48
	%575 = add i64 %533, %574
	%576 = icmp slt i64 %575, %end
	%577 = select i1 %576, i64 %575, i64 0
	%578 = mul i64 %577, 24
	%579 = getelementptr inbounds i16, i16 addrspace(1)* %40, i64 %578
	store float 0.0, float* %10
	store float 0.0, float* %11
	store float 0.0, float* %12
	store float 0.0, float* %13
	store float 0.0, float* %14
	store float 0.0, float* %15
	store float 0.0, float* %16
	store float 0.0, float* %17
	store float 0.0, float* %18
	store float 0.0, float* %19
	store float 0.0, float* %20
	store float 0.0, float* %21
	store float 0.0, float* %22
	store float 0.0, float* %23
	store float 0.0, float* %24
	store float 0.0, float* %25
	br label %loop45

done44:
	br label %join17

loop45:
	%580 = phi i64 [ 0, %body43 ], [ %720, %done50 ]
	%581 = icmp slt i64 %580, 24
	br i1 %581, label %body46, label %done47

body46:
	%582 = add i64 %580, %186
	%583 = icmp slt i64 %582, 24
	%584 = select i1 %583, i64 %582, i64 0
	%585 = and i1 %535, %583
	%586 = getelementptr inbounds float, float addrspace(1)* %538, i64 %584
	%587 = load float, float addrspace(1)* %586
	%588 = select i1 %585, float %587, float 0.0
	%589 = mul i64 %186, 65
	%590 = add i64 %589, %187
	%591 = getelementptr inbounds float, float addrspace(3)* %188, i64 %590
	store float %588, float addrspace(3)* %591
	%592 = and i1 %540, %583
	%593 = getelementptr inbounds i16, i16 addrspace(1)* %543, i64 %584
	%594 = load i16, i16 addrspace(1)* %593
	%595 = zext i16 %594 to i32
	%596 = shl i32 %595, 16
	%597 = bitcast i32 %596 to float
	%598 = select i1 %592, float %597, float 0.0
	%599 = mul i64 %186, 66
	%600 = add i64 %599, %187
	%601 = getelementptr inbounds float, float addrspace(3)* %189, i64 %600
	store float %598, float addrspace(3)* %601
	%602 = add i64 %187, 16
	%603 = and i1 %546, %583
	%604 = getelementptr inbounds float, float addrspace(1)* %549, i64 %584
	%605 = load float, float addrspace(1)* %604
	%606 = select i1 %603, float %605, float 0.0
	%607 = mul i64 %186, 65
	%608 = add i64 %607, %602
	%609 = getelementptr inbounds float, float addrspace(3)* %188, i64 %608
	store float %606, float addrspace(3)* %609
	%610 = and i1 %552, %583
	%611 = getelementptr inbounds i16, i16 addrspace(1)* %555, i64 %584
	%612 = load i16, i16 addrspace(1)* %611
	%613 = zext i16 %612 to i32
	%614 = shl i32 %613, 16
	%615 = bitcast i32 %614 to float
	%616 = select i1 %610, float %615, float 0.0
	%617 = mul i64 %186, 66
	%618 = add i64 %617, %602
	%619 = getelementptr inbounds float, float addrspace(3)* %189, i64 %618
	store float %616, float addrspace(3)* %619
	%620 = add i64 %187, 32
	%621 = and i1 %558, %583
	%622 = getelementptr inbounds float, float addrspace(1)* %561, i64 %584
	%623 = load float, float addrspace(1)* %622
	%624 = select i1 %621, float %623, float 0.0
	%625 = mul i64 %186, 65
	%626 = add i64 %625, %620
	%627 = getelementptr inbounds float, float addrspace(3)* %188, i64 %626
	store float %624, float addrspace(3)* %627
	%628 = and i1 %564, %583
	%629 = getelementptr inbounds i16, i16 addrspace(1)* %567, i64 %584
	%630 = load i16, i16 addrspace(1)* %629
	%631 = zext i16 %630 to i32
	%632 = shl i32 %631, 16
	%633 = bitcast i32 %632 to float
	%634 = select i1 %628, float %633, float 0.0
	%635 = mul i64 %186, 66
	%636 = add i64 %635, %620
	%637 = getelementptr inbounds float, float addrspace(3)* %189, i64 %636
	store float %634, float addrspace(3)* %637
	%638 = add i64 %187, 48
	%639 = and i1 %570, %583
	%640 = getelementptr inbounds float, float addrspace(1)* %573, i64 %584
	%641 = load float, float addrspace(1)* %640
	%642 = select i1 %639, float %641, float 0.0
	%643 = mul i64 %186, 65
	%644 = add i64 %643, %638
	%645 = getelementptr inbounds float, float addrspace(3)* %188, i64 %644
	store float %642, float addrspace(3)* %645
	%646 = and i1 %576, %583
	%647 = getelementptr inbounds i16, i16 addrspace(1)* %579, i64 %584
	%648 = load i16, i16 addrspace(1)* %647
	%649 = zext i16 %648 to i32
	%650 = shl i32 %649, 16
	%651 = bitcast i32 %650 to float
	%652 = select i1 %646, float %651, float 0.0
	%653 = mul i64 %186, 66
	%654 = add i64 %653, %638
	%655 = getelementptr inbounds float, float addrspace(3)* %189, i64 %654
	store float %652, float addrspace(3)* %655
	call void @llvm.nvvm.barrier0()
	br label %loop48

done47:
	%656 = add i64 %530, %187
	%657 = mul i64 %186, 2
	%658 = add i64 %533, %657
	%659 = icmp slt i64 %656, %42
	%660 = icmp slt i64 %658, %end
	%661 = and i1 %659, %660
	br i1 %661, label %then51, label %join52

loop48:
	%662 = phi i64 [ 0, %body46 ], [ %719, %body49 ]
	%663 = icmp slt i64 %662, 16
	br i1 %663, label %body49, label %done50

body49:
	%664 = mul i64 %662, 65
	%665 = add i64 %664, %187
	%666 = getelementptr inbounds float, float addrspace(3)* %188, i64 %665
	%667 = mul i64 %662, 66
	%668 = mul i64 %186, 2
	%669 = add i64 %667, %668
	%670 = getelementptr inbounds float, float addrspace(3)* %189, i64 %669
	%671 = getelementptr inbounds float, float addrspace(3)* %666, i64 0
	%672 = load float, float addrspace(3)* %671
	%673 = getelementptr inbounds float, float addrspace(3)* %666, i64 16
	%674 = load float, float addrspace(3)* %673
	%675 = getelementptr inbounds float, float addrspace(3)* %666, i64 32
	%676 = load float, float addrspace(3)* %675
	%677 = getelementptr inbounds float, float addrspace(3)* %666, i64 48
	%678 = load float, float addrspace(3)* %677
	%679 = getelementptr inbounds float, float addrspace(3)* %670, i64 0
	%680 = load float, float addrspace(3)* %679
	%681 = getelementptr inbounds float, float addrspace(3)* %670, i64 1
	%682 = load float, float addrspace(3)* %681
	%683 = getelementptr inbounds float, float addrspace(3)* %670, i64 32
	%684 = load float, float addrspace(3)* %683
	%685 = getelementptr inbounds float, float addrspace(3)* %670, i64 33
	%686 = load float, float addrspace(3)* %685
	%687 = load float, float* %10
	%688 = call float @llvm.fma.f32(float %672, float %680, float %687)
	store float %688, float* %10
	%689 = load float, float* %11
	%690 = call float @llvm.fma.f32(float %672, float %682, float %689)
	store float %690, float* %11
	%691 = load float, float* %12
	%692 = call float @llvm.fma.f32(float %672, float %684, float %691)
	store float %692, float* %12
	%693 = load float, float* %13
	%694 = call float @llvm.fma.f32(float %672, float %686, float %693)
	store float %694, float* %13
	%695 = load float, float* %14
	%696 = call float @llvm.fma.f32(float %674, float %680, float %695)
	store float %696, float* %14
	%697 = load float, float* %15
	%698 = call float @llvm.fma.f32(float %674, float %682, float %697)
	store float %698, float* %15
	%699 = load float, float* %16
	%700 = call float @llvm.fma.f32(float %674, float %684, float %699)
	store float %700, float* %16
	%701 = load float, float* %17
	%702 = call float @llvm.fma.f32(float %674, float %686, float %701)
	store float %702, float* %17
	%703 = load float, float* %18
	%704 = call float @llvm.fma.f32(float %676, float %680, float %703)
	store float %704, float* %18
	%705 = load float, float* %19
	%706 = call float @llvm.fma.f32(float %676, float %682, float %705)
	store float %706, float* %19
	%707 = load float, float* %20
	%708 = call float @llvm.fma.f32(float %676, float %684, float %707)
	store float %708, float* %20
	%709 = load float, float* %21
	%710 = call float @llvm.fma.f32(float %676, float %686, float %709)
	store float %710, float* %21
	%711 = load float, float* %22
	%712 = call float @llvm.fma.f32(float %678, float %680, float %711)
	store float %712, float* %22
	%713 = load float, float* %23
	%714 = call float @llvm.fma.f32(float %678, float %682, float %713)
	store float %714, float* %23
	%715 = load float, float* %24
	%716 = call float @llvm.fma.f32(float %678, float %684, float %715)
	store float %716, float* %24
	%717 = load float, float* %25
	%718 = call float @llvm.fma.f32(float %678, float %686, float %717)
	store float %718, float* %25
	%719 = add i64 %662, 1
	br label %loop48

done50:
	call void @llvm.nvvm.barrier0()
	%720 = add i64 %580, 16
	br label %loop45

then51:
	%721 = load float, float* %10
	%722 = load float, float* %11
	%723 = add i64 %658, 1
	%724 = icmp slt i64 %723, %end
	%725 = add i64 %658, 1
	%726 = select i1 %724, i64 %725, i64 %658
	%727 = mul i64 %656, 32
	%728 = add i64 %727, %658
	%729 = add i64 %727, %726
	%730 = getelementptr inbounds float, float addrspace(1)* %34, i64 %728
	store float %721, float addrspace(1)* %730
	br i1 %724, label %then53, label %join54

join52:
	%731 = mul i64 %186, 2
	%732 = add i64 %731, 32
	%733 = add i64 %533, %732
	%734 = icmp slt i64 %656, %42
	%735 = icmp slt i64 %733, %end
	%736 = and i1 %734, %735
	br i1 %736, label %then55, label %join56

then53:
	%737 = getelementptr inbounds float, float addrspace(1)* %34, i64 %729
	store float %722, float addrspace(1)* %737
	br label %join54

join54:
	br label %join52

then55:
	%738 = load float, float* %12
	%739 = load float, float* %13
	%740 = add i64 %733, 1
	%741 = icmp slt i64 %740, %end
	%742 = add i64 %733, 1
	%743 = select i1 %741, i64 %742, i64 %733
	%744 = mul i64 %656, 32
	%745 = add i64 %744, %733
	%746 = add i64 %744, %743
	%747 = getelementptr inbounds float, float addrspace(1)* %34, i64 %745
	store float %738, float addrspace(1)* %747
	br i1 %741, label %then57, label %join58

join56:
	%748 = add i64 %187, 16
	%749 = add i64 %530, %748
	%750 = mul i64 %186, 2
	%751 = add i64 %533, %750
	%752 = icmp slt i64 %749, %42
	%753 = icmp slt i64 %751, %end
	%754 = and i1 %752, %753
	br i1 %754, label %then59, label %join60

then57:
	%755 = getelementptr inbounds float, float addrspace(1)* %34, i64 %746
	store float %739, float addrspace(1)* %755
	br label %join58

join58:
	br label %join56

then59:
	%756 = load float, float* %14
	%757 = load float, float* %15
	%758 = add i64 %751, 1
	%759 = icmp slt i64 %758, %end
	%760 = add i64 %751, 1
	%761 = select i1 %759, i64 %760, i64 %751
	%762 = mul i64 %749, 32
	%763 = add i64 %762, %751
	%764 = add i64 %762, %761
	%765 = getelementptr inbounds float, float addrspace(1)* %34, i64 %763
	store float %756, float addrspace(1)* %765
	br i1 %759, label %then61, label %join62

join60:
	%766 = mul i64 %186, 2
	%767 = add i64 %766, 32
	%768 = add i64 %533, %767
	%769 = icmp slt i64 %749, %42
	%770 = icmp slt i64 %768, %end
	%771 = and i1 %769, %770
	br i1 %771, label %then63, label %join64

then61:
	%772 = getelementptr inbounds float, float addrspace(1)* %34, i64 %764
	store float %757, float addrspace(1)* %772
	br label %join62

join62:
	br label %join60

then63:
	%773 = load float, float* %16
	%774 = load float, float* %17
	%775 = add i64 %768, 1
	%776 = icmp slt i64 %775, %end
	%777 = add i64 %768, 1
	%778 = select i1 %776, i64 %777, i64 %768
	%779 = mul i64 %749, 32
	%780 = add i64 %779, %768
	%781 = add i64 %779, %778
	%782 = getelementptr inbounds float, float addrspace(1)* %34, i64 %780
	store float %773, float addrspace(1)* %782
	br i1 %776, label %then65, label %join66

join64:
	%783 = add i64 %187, 32
	%784 = add i64 %530, %783
	%785 = mul i64 %186, 2
	%786 = add i64 %533, %785
	%787 = icmp slt i64 %784, %42
	%788 = icmp slt i64 %786, %end
	%789 = and i1 %787, %788
	br i1 %789, label %then67, label %join68

then65:
	%790 = getelementptr inbounds float, float addrspace(1)* %34, i64 %781
	store float %774, float addrspace(1)* %790
	br label %join66

join66:
	br label %join64

then67:
	%791 = load float, float* %18
	%792 = load float, float* %19
	%793 = add i64 %786, 1
	%794 = icmp slt i64 %793, %end
	%795 = add i64 %786, 1
	%796 = select i1 %794, i64 %795, i64 %786
	%797 = mul i64 %784, 32
	%798 = add i64 %797, %786
	%799 = add i64 %797, %796
	%800 = getelementptr inbounds float, float addrspace(1)* %34, i64 %798
	store float %791, float addrspace(1)* %800
	br i1 %794, label %then69, label %join70

join68:
	%801 = mul i64 %186, 2
	%802 = add i64 %801, 32
	%803 = add i64 %533, %802
	%804 = icmp slt i64 %784, %42
	%805 = icmp slt i64 %803, %end
	%806 = and i1 %804, %805
	br i1 %806, label %then71, label %join72

then69:
	%807 = getelementptr inbounds float, float addrspace(1)* %34, i64 %799
	store float %792, float addrspace(1)* %807
	br label %join70

join70:
	br label %join68

then71:
	%808 = load float, float* %20
	%809 = load float, float* %21
	%810 = add i64 %803, 1
	%811 = icmp slt i64 %810, %end
	%812 = add i64 %803, 1
	%813 = select i1 %811, i64 %812, i64 %803
	%814 = mul i64 %784, 32
	%815 = add i64 %814, %803
	%816 = add i64 %814, %813
	%817 = getelementptr inbounds float, float addrspace(1)* %34, i64 %815
	store float %808, float addrspace(1)* %817
	br i1 %811, label %then73, label %join74

join72:
	%818 = add i64 %187, 48
	%819 = add i64 %530, %818
	%820 = mul i64 %186, 2
	%821 = add i64 %533, %820
	%822 = icmp slt i64 %819, %42
	%823 = icmp slt i64 %821, %end
	%824 = and i1 %822, %823
	br i1 %824, label %then75, label %join76

then73:
	%825 = getelementptr inbounds float, float addrspace(1)* %34, i64 %816
	store float %809, float addrspace(1)* %825
	br label %join74

join74:
	br label %join72

then75:
	%826 = load float, float* %22
	%827 = load float, float* %23
	%828 = add i64 %821, 1
	%829 = icmp slt i64 %828, %end
	%830 = add i64 %821, 1
	%831 = select i1 %829, i64 %830, i64 %821
	%832 = mul i64 %819, 32
	%833 = add i64 %832, %821
	%834 = add i64 %832, %831
	%835 = getelementptr inbounds float, float addrspace(1)* %34, i64 %833
	store float %826, float addrspace(1)* %835
	br i1 %829, label %then77, label %join78

join76:
	%836 = mul i64 %186, 2
	%837 = add i64 %836, 32
	%838 = add i64 %533, %837
	%839 = icmp slt i64 %819, %42
	%840 = icmp slt i64 %838, %end
	%841 = and i1 %839, %840
	br i1 %841, label %then79, label %join80

then77:
	%842 = getelementptr inbounds float, float addrspace(1)* %34, i64 %834
	store float %827, float addrspace(1)* %842
	br label %join78

join78:
	br label %join76

then79:
	%843 = load float, float* %24
	%844 = load float, float* %25
	%845 = add i64 %838, 1
	%846 = icmp slt i64 %845, %end
	%847 = add i64 %838, 1
	%848 = select i1 %846, i64 %847, i64 %838
	%849 = mul i64 %819, 32
	%850 = add i64 %849, %838
	%851 = add i64 %849, %848
	%852 = getelementptr inbounds float, float addrspace(1)* %34, i64 %850
	store float %843, float addrspace(1)* %852
	br i1 %846, label %then81, label %join82

join80:
	%853 = add i64 %527, %31
	br label %loop42

then81:
	%854 = getelementptr inbounds float, float addrspace(1)* %34, i64 %851
	store float %844, float addrspace(1)* %854
	br label %join82

join82:
	br label %join80
}

define void @mtc_g_argmax_n32(i8 addrspace(1)* addrspace(1)* %bufs, i64 addrspace(1)* %ints, i64 %begin, i64 %end) {
entry:
	%0 = alloca float
	%1 = alloca i32
	br label %start1

start1:
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = zext i32 %2 to i64
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%5 = zext i32 %4 to i64
	%6 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
	%7 = zext i32 %6 to i64
	%8 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 0
	%9 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %8
	%10 = bitcast i8 addrspace(1)* %9 to i32 addrspace(1)*
	%11 = getelementptr inbounds i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %bufs, i64 1
	%12 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(1)* %11
	%13 = bitcast i8 addrspace(1)* %12 to float addrspace(1)*
	%14 = add i64 %begin, %5
	%15 = icmp slt i64 %14, %end
	br i1 %15, label %cont2, label %ret3

cont2:
	%16 = mul i64 %14, 32
	%17 = getelementptr inbounds float, float addrspace(1)* %13, i64 %16
	store float 0.0, float* %0
	store i32 32, i32* %1
	br label %loop4

ret3:
	ret void

loop4:
	%18 = phi i64 [ %3, %cont2 ], [ %103, %join8 ]
	%19 = icmp slt i64 %18, 32
	br i1 %19, label %body5, label %done6

body5:
	%20 = getelementptr inbounds float, float addrspace(1)* %17, i64 %18
	%21 = load float, float addrspace(1)* %20
	%22 = fcmp ord float %21, %21
	%23 = load i32, i32* %1
	%24 = icmp eq i32 %23, 32
	%25 = load float, float* %0
	%26 = fcmp ogt float %21, %25
	%27 = or i1 %24, %26
	%28 = and i1 %22, %27
	br i1 %28, label %then7, label %join8

done6:
	%29 = load float, float* %0
	%30 = load i32, i32* %1
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %29, i32 16, i32 31)
	%32 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %30, i32 16, i32 31)
	%33 = icmp slt i32 %32, 32
	%34 = icmp eq i32 %30, 32
	%35 = fcmp ogt float %31, %29
	%36 = fcmp oeq float %31, %29
	%37 = icmp slt i32 %32, %30
	%38 = and i1 %36, %37
	%39 = or i1 %35, %38
	%40 = or i1 %34, %39
	%41 = and i1 %33, %40
	%42 = select i1 %41, float %31, float %29
	%43 = select i1 %41, i32 %32, i32 %30
	%44 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %42, i32 8, i32 31)
	%45 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %43, i32 8, i32 31)
	%46 = icmp slt i32 %45, 32
	%47 = icmp eq i32 %43, 32
	%48 = fcmp ogt float %44, %42
	%49 = fcmp oeq float %44, %42
	%50 = icmp slt i32 %45, %43
	%51 = and i1 %49, %50
	%52 = or i1 %48, %51
	%53 = or i1 %47, %52
	%54 = and i1 %46, %53
	%55 = select i1 %54, float %44, float %42
	%56 = select i1 %54, i32 %45, i32 %43
	%57 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %55, i32 4, i32 31)
	%58 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %56, i32 4, i32 31)
	%59 = icmp slt i32 %58, 32
	%60 = icmp eq i32 %56, 32
	%61 = fcmp ogt float %57, %55
	%62 = fcmp oeq float %57, %55
	%63 = icmp slt i32 %58, %56
	%64 = and i1 %62, %63
	%65 = or i1 %61, %64
	%66 = or i1 %60, %65
	%67 = and i1 %59, %66
	%68 = select i1 %67, float %57, float %55
	%69 = select i1 %67, i32 %58, i32 %56
	%70 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %68, i32 2, i32 31)
	%71 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %69, i32 2, i32 31)
	%72 = icmp slt i32 %71, 32
	%73 = icmp eq i32 %69, 32
	%74 = fcmp ogt float %70, %68
	%75 = fcmp oeq float %70, %68
	%76 = icmp slt i32 %71, %69
	%77 = and i1 %75, %76
	%78 = or i1 %74, %77
	%79 = or i1 %73, %78
	%80 = and i1 %72, %79
	%81 = select i1 %80, float %70, float %68
	%82 = select i1 %80, i32 %71, i32 %69
	%83 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %81, i32 1, i32 31)
	%84 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %82, i32 1, i32 31)
	%85 = icmp slt i32 %84, 32
	%86 = icmp eq i32 %82, 32
	%87 = fcmp ogt float %83, %81
	%88 = fcmp oeq float %83, %81
	%89 = icmp slt i32 %84, %82
	%90 = and i1 %88, %89
	%91 = or i1 %87, %90
	%92 = or i1 %86, %91
	%93 = and i1 %85, %92
	%94 = select i1 %93, float %83, float %81
	%95 = select i1 %93, i32 %84, i32 %82
	%96 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 0) to float addrspace(3)*
	%97 = bitcast i8 addrspace(3)* getelementptr ([0 x i8], [0 x i8] addrspace(3)* @mtc_shared, i64 0, i64 128) to float addrspace(3)*
	%98 = bitcast float addrspace(3)* %97 to i32 addrspace(3)*
	%99 = srem i64 %3, 32
	%100 = sdiv i64 %3, 32
	%101 = icmp eq i64 %99, 0
	br i1 %101, label %then9, label %join10

then7:
	store float %21, float* %0
	%102 = trunc i64 %18 to i32
	store i32 %102, i32* %1
	br label %join8

join8:
	%103 = add i64 %18, 256
	br label %loop4

then9:
	%104 = getelementptr inbounds float, float addrspace(3)* %96, i64 %100
	store float %94, float addrspace(3)* %104
	%105 = getelementptr inbounds i32, i32 addrspace(3)* %98, i64 %100
	store i32 %95, i32 addrspace(3)* %105
	br label %join10

join10:
	call void @llvm.nvvm.barrier0()
	%106 = icmp eq i64 %3, 0
	br i1 %106, label %then11, label %join12

then11:
	%107 = getelementptr inbounds float, float addrspace(3)* %96, i64 0
	%108 = load float, float addrspace(3)* %107
	%109 = getelementptr inbounds i32, i32 addrspace(3)* %98, i64 0
	%110 = load i32, i32 addrspace(3)* %109
	%111 = getelementptr inbounds float, float addrspace(3)* %96, i64 1
	%112 = load float, float addrspace(3)* %111
	%113 = getelementptr inbounds i32, i32 addrspace(3)* %98, i64 1
	%114 = load i32, i32 addrspace(3)* %113
	%115 = icmp slt i32 %114, 32
	%116 = icmp eq i32 %110, 32
	%117 = fcmp ogt float %112, %108
	%118 = fcmp oeq float %112, %108
	%119 = icmp slt i32 %114, %110
	%120 = and i1 %118, %119
	%121 = or i1 %117, %120
	%122 = or i1 %116, %121
	%123 = and i1 %115, %122
	%124 = select i1 %123, float %112, float %108
	%125 = select i1 %123, i32 %114, i32 %110
	%126 = getelementptr inbounds float, float addrspace(3)* %96, i64 2
	%127 = load float, float addrspace(3)* %126
	%128 = getelementptr inbounds i32, i32 addrspace(3)* %98, i64 2
	%129 = load i32, i32 addrspace(3)* %128
	%130 = icmp slt i32 %129, 32
	%131 = icmp eq i32 %125, 32
	%132 = fcmp ogt float %127, %124
	%133 = fcmp oeq float %127, %124
	%134 = icmp slt i32 %129, %125
	%135 = and i1 %133, %134
	%136 = or i1 %132, %135
	%137 = or i1 %131, %136
	%138 = and i1 %130, %137
	%139 = select i1 %138, float %127, float %124
	%140 = select i1 %138, i32 %129, i32 %125
	%141 = getelementptr inbounds float, float addrspace(3)* %96, i64 3
	%142 = load float, float addrspace(3)* %141
	%143 = getelementptr inbounds i32, i32 addrspace(3)* %98, i64 3
	%144 = load i32, i32 addrspace(3)* %143
	%145 = icmp slt i32 %144, 32
	%146 = icmp eq i32 %140, 32
	%147 = fcmp ogt float %142, %139
	%148 = fcmp oeq float %142, %139
	%149 = icmp slt i32 %144, %140
	%150 = and i1 %148, %149
	%151 = or i1 %147, %150
	%152 = or i1 %146, %151
	%153 = and i1 %145, %152
	%154 = select i1 %153, float %142, float %139
	%155 = select i1 %153, i32 %144, i32 %140
	%156 = getelementptr inbounds float, float addrspace(3)* %96, i64 4
	%157 = load float, float addrspace(3)* %156
	%158 = getelementptr inbounds i32, i32 addrspace(3)* %98, i64 4
	%159 = load i32, i32 addrspace(3)* %158
	%160 = icmp slt i32 %159, 32
	%161 = icmp eq i32 %155, 32
	%162 = fcmp ogt float %157, %154
	%163 = fcmp oeq float %157, %154
	%164 = icmp slt i32 %159, %155
	%165 = and i1 %163, %164
	%166 = or i1 %162, %165
	%167 = or i1 %161, %166
	%168 = and i1 %160, %167
	%169 = select i1 %168, float %157, float %154
	%170 = select i1 %168, i32 %159, i32 %155
	%171 = getelementptr inbounds float, float addrspace(3)* %96, i64 5
	%172 = load float, float addrspace(3)* %171
	%173 = getelementptr inbounds i32, i32 addrspace(3)* %98, i64 5
	%174 = load i32, i32 addrspace(3)* %173
	%175 = icmp slt i32 %174, 32
	%176 = icmp eq i32 %170, 32
	%177 = fcmp ogt float %172, %169
	%178 = fcmp oeq float %172, %169
	%179 = icmp slt i32 %174, %170
	%180 = and i1 %178, %179
	%181 = or i1 %177, %180
	%182 = or i1 %176, %181
	%183 = and i1 %175, %182
	%184 = select i1 %183, float %172, float %169
	%185 = select i1 %183, i32 %174, i32 %170
	%186 = getelementptr inbounds float, float addrspace(3)* %96, i64 6
	%187 = load float, float addrspace(3)* %186
	%188 = getelementptr inbounds i32, i32 addrspace(3)* %98, i64 6
	%189 = load i32, i32 addrspace(3)* %188
	%190 = icmp slt i32 %189, 32
	%191 = icmp eq i32 %185, 32
	%192 = fcmp ogt float %187, %184
	%193 = fcmp oeq float %187, %184
	%194 = icmp slt i32 %189, %185
	%195 = and i1 %193, %194
	%196 = or i1 %192, %195
	%197 = or i1 %191, %196
	%198 = and i1 %190, %197
	%199 = select i1 %198, float %187, float %184
	%200 = select i1 %198, i32 %189, i32 %185
	%201 = getelementptr inbounds float, float addrspace(3)* %96, i64 7
	%202 = load float, float addrspace(3)* %201
	%203 = getelementptr inbounds i32, i32 addrspace(3)* %98, i64 7
	%204 = load i32, i32 addrspace(3)* %203
	%205 = icmp slt i32 %204, 32
	%206 = icmp eq i32 %200, 32
	%207 = fcmp ogt float %202, %199
	%208 = fcmp oeq float %202, %199
	%209 = icmp slt i32 %204, %200
	%210 = and i1 %208, %209
	%211 = or i1 %207, %210
	%212 = or i1 %206, %211
	%213 = and i1 %205, %212
	%214 = select i1 %213, float %202, float %199
	%215 = select i1 %213, i32 %204, i32 %200
	%216 = icmp eq i32 %215, 32
	%217 = select i1 %216, i32 0, i32 %215
	%218 = getelementptr inbounds i32, i32 addrspace(1)* %10, i64 %14
	store i32 %217, i32 addrspace(1)* %218
	br label %join12

join12:
	ret void
}

declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 %0, i32 %1, i32 %2, i32 %3)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13, !14, !15, !16, !17, !18, !19, !20, !21}

!0 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_embed_bf16_v32_h24, !"kernel", i32 1}
!1 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_embed_bf16_v32_h24, !"maxntidx", i32 256}
!2 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_layernorm_gf32_bbf16_h24_eps1em05, !"kernel", i32 1}
!3 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_layernorm_gf32_bbf16_h24_eps1em05, !"maxntidx", i32 256}
!4 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_matmul_rope_bf16_k24_n64_h6_d8_r4, !"kernel", i32 1}
!5 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_matmul_rope_bf16_k24_n64_h6_d8_r4, !"maxntidx", i32 256}
!6 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_gqa_attention_kvstore_w16_ks64_ko32_vs64_vo48, !"kernel", i32 1}
!7 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_gqa_attention_kvstore_w16_ks64_ko32_vs64_vo48, !"maxntidx", i32 256}
!8 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_gqa_attention_attend_h4_kv2_d8_qs64_qo0, !"kernel", i32 1}
!9 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_gqa_attention_attend_h4_kv2_d8_qs64_qo0, !"maxntidx", i32 128}
!10 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_matmul_add_bf16_k32_n24, !"kernel", i32 1}
!11 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_matmul_add_bf16_k32_n24, !"maxntidx", i32 256}
!12 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_matmul_sqrelu_bf16_k24_n40, !"kernel", i32 1}
!13 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_matmul_sqrelu_bf16_k24_n40, !"maxntidx", i32 256}
!14 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_matmul_add_bf16_k40_n24, !"kernel", i32 1}
!15 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_matmul_add_bf16_k40_n24, !"maxntidx", i32 256}
!16 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_last_n24, !"kernel", i32 1}
!17 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_last_n24, !"maxntidx", i32 256}
!18 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_matmul_bf16_k24_n32, !"kernel", i32 1}
!19 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_matmul_bf16_k24_n32, !"maxntidx", i32 256}
!20 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_argmax_n32, !"kernel", i32 1}
!21 = !{void (i8 addrspace(1)* addrspace(1)*, i64 addrspace(1)*, i64, i64)* @mtc_g_argmax_n32, !"maxntidx", i32 256}
