// Package artifact defines mtc's compiled-artifact format: a folder holding manifest.json, the IR
// text (graph.mir) and, per target, the generated code (kernels.ll + kernels.so for the CPU,
// kernels.ptx for CUDA). The runtime depends on this package only, never on the compiler.
//
// The manifest describes everything the runtime needs to run one step ("T tokens starting at
// position P, logits for the last R rows"): the checkpoint tensors and the weight transforms to
// apply once at load, the KV-cache slots, the activation arena (sized in bytes per token) and the
// row arena (in bytes per logit row), the
// kernel table and the launch program — an ordered list of kernel calls whose buffer arguments
// are references (arena offsets, weights, cache slots) and whose integer arguments are linear
// expressions in T, R, P and the cache capacity.
package artifact

// FormatVersion is the manifest format this package writes. Version 2 added the row arena
// (ArenaBytesPerRow, RefRows); this package reads versions MinFormatVersion..FormatVersion.
const FormatVersion = 2

// MinFormatVersion is the oldest manifest format this package reads.
const MinFormatVersion = 1

// Targets.
const (
	TargetInterp = "interp"
	TargetCPU    = "cpu"
	TargetCUDA   = "cuda"
)

// File roles in Manifest.Files.
const (
	FileGraph = "graph" // graph.mir: IR after the pass pipeline
	FileLL    = "ll"    // kernels.ll: LLVM IR of the kernels
	FileSO    = "so"    // kernels.so: CPU shared object
	FilePTX   = "ptx"   // kernels.ptx: CUDA PTX module
)

// Manifest is the content of manifest.json.
type Manifest struct {
	FormatVersion int    `json:"format_version"`
	MTCVersion    string `json:"mtc_version"`
	Target        string `json:"target"`
	// Triple, CPU and CPUFeatures describe the CPU code (LLVM target triple, -mcpu, -mattr
	// features such as "+avx512f"); the runtime refuses to load code whose features the host lacks.
	Triple      string   `json:"triple,omitempty"`
	CPU         string   `json:"cpu,omitempty"`
	CPUFeatures []string `json:"cpu_features,omitempty"`
	GPUArch     string   `json:"gpu_arch,omitempty"`
	Model       Model    `json:"model"`
	// Spec is the model spec as canonical YAML.
	Spec    string   `json:"spec"`
	Weights []Weight `json:"weights"`
	Slots   []Slot   `json:"kv_slots"`
	Kernels []Kernel `json:"kernels"`
	Program []Launch `json:"program"`
	// ArenaBytesPerToken: the activation arena holds ArenaBytesPerToken·T bytes for a step of T tokens.
	ArenaBytesPerToken int64 `json:"arena_bytes_per_token"`
	// ArenaBytesPerRow: the row arena holds ArenaBytesPerRow·R bytes for a step with R logit
	// rows. Values with R rows (the logits, and whatever the passes moved behind the selection
	// of the last rows) live there, so that a long prompt whose last row alone needs logits
	// does not reserve T rows of vocabulary-wide memory.
	ArenaBytesPerRow int64 `json:"arena_bytes_per_row,omitempty"`
	// Result is where the logits of a step are: an arena or row-arena reference to an f32
	// [R, vocab] matrix.
	Result Ref `json:"result"`
	// Precision is the arithmetic of the matmul kernels: "exact" (f32 activations and
	// accumulation; empty means exact) or "fast" (bf16 or int8 dot products where the target
	// has them).
	Precision string `json:"precision,omitempty"`
	// WeightsDType is the format the matmul kernels read their matrices in: empty for the
	// checkpoint's dtypes, or "int8" (DTypeQ8, quantised at load time).
	WeightsDType string `json:"weights_dtype,omitempty"`
	// Passes lists the passes that ran, in order.
	Passes []string        `json:"passes,omitempty"`
	Files  map[string]File `json:"files"`
}

// Model holds the facts about the model that the runtime needs besides the program.
type Model struct {
	Name         string `json:"name"`
	VocabSize    int    `json:"vocab_size"`
	Hidden       int    `json:"hidden_size"`
	Layers       int    `json:"layers"`
	BOS          int    `json:"bos_token_id"`
	EOS          int    `json:"eos_token_id"`
	MaxPositions int    `json:"max_position_embeddings"`
	// WeightBytes is the number of weight bytes a decode step reads, in the form the kernels
	// read them (q8 matrices as int8 values and scales; used by bench).
	WeightBytes int64 `json:"weight_bytes,omitempty"`
	// FLOPsPerToken is the matmul work of one token at zero context (2 FLOPs per multiply-add).
	FLOPsPerToken int64 `json:"flops_per_token,omitempty"`
}

// Weight is a tensor the program reads: a checkpoint tensor (Transform "load") or one derived at
// load time ("add1": 1+x as f32; "concat": rows of Args stacked; "rope_table": f32 [capacity, rot]
// with cos then sin of p/scale·theta^(-2j/rot); "quantize_q8": its one float argument in the q8
// block format, see DTypeQ8).
type Weight struct {
	Name      string             `json:"name"`
	DType     string             `json:"dtype"` // f32, bf16, f16, i8, q8
	Shape     []int64            `json:"shape"` // -3 (DimC) stands for the KV-cache capacity
	Transform string             `json:"transform"`
	Args      []string           `json:"args,omitempty"`
	Attrs     map[string]float64 `json:"attrs,omitempty"`
}

// Weight transforms.
const (
	TransformLoad       = "load"
	TransformAdd1       = "add1"
	TransformConcat     = "concat"
	TransformRoPETable  = "rope_table"
	TransformQuantizeQ8 = "quantize_q8"
)

// Precision modes (Manifest.Precision) and the int8 weights option (Manifest.WeightsDType).
const (
	PrecisionExact = "exact"
	PrecisionFast  = "fast"
	WeightsInt8    = "int8"
)

// DTypeQ8 is the 8-bit block format of matrices: a q8 tensor of shape [n,k] quantises each row
// in blocks of Q8Block consecutive values sharing an f32 scale d (value ≈ d·q, q an int8 in
// [-127,127]). It is stored as two planes: n rows of Q8RowBytes(k) int8s (k rounded up to whole
// blocks, the padding zero), then n rows of Q8Blocks(k) little-endian f32 scales.
const DTypeQ8 = "q8"

// Q8Block is the number of consecutive values of a row that share a scale in DTypeQ8.
const Q8Block = 32

// Q8Blocks is the number of blocks of a DTypeQ8 row of k values.
func Q8Blocks(k int64) int64 { return (k + Q8Block - 1) / Q8Block }

// Q8RowBytes is the number of int8 bytes of a DTypeQ8 row of k values (whole blocks).
func Q8RowBytes(k int64) int64 { return Q8Blocks(k) * Q8Block }

// Q8Bytes is the size in bytes of a DTypeQ8 tensor of n rows of k values.
func Q8Bytes(n, k int64) int64 { return n * (Q8RowBytes(k) + 4*Q8Blocks(k)) }

// WeightBytes returns the size in bytes of a weight of the given shape (capacity dimensions bound)
// and dtype, or -1 for an unknown dtype or a q8 tensor that is not a matrix.
func WeightBytes(dtype string, shape []int64) int64 {
	n := int64(1)
	for _, d := range shape {
		n *= d
	}
	switch dtype {
	case "f32":
		return 4 * n
	case "bf16", "f16":
		return 2 * n
	case "i8":
		return n
	case DTypeQ8:
		if len(shape) != 2 {
			return -1
		}
		return Q8Bytes(shape[0], shape[1])
	}
	return -1
}

// ShapeCapacity marks a dimension equal to the KV-cache capacity.
const ShapeCapacity = -3

// Slot is one KV-cache slot (one attention layer): Width = kv_heads·head_dim values per
// position for K and again for V, of type DType. The runtime gives the slot two regions, each
// holding Positions(capacity) positions: K (KBytes) and V followed by Scratch bytes of
// scratch memory for the attention kernels (VBytes), both zero-filled at first. How the
// positions are laid out in a region is the code generator's business.
type Slot struct {
	Width int `json:"width"`
	// DType is the element type of the cache: "f32" (also when empty), "f16" or "bf16".
	DType string `json:"dtype,omitempty"`
	// Align rounds the number of positions a region holds up to a multiple of Align (0 or 1:
	// exactly the capacity).
	Align int `json:"align,omitempty"`
	// Scratch is the number of bytes of scratch memory after the values.
	Scratch int64 `json:"scratch,omitempty"`
}

// KV-cache element types (Slot.DType).
const (
	KVF32  = "f32"
	KVF16  = "f16"
	KVBF16 = "bf16"
)

// ElemBytes returns the size of one cache element, or 0 for an unknown DType.
func (s Slot) ElemBytes() int64 {
	switch s.DType {
	case "", KVF32:
		return 4
	case KVF16, KVBF16:
		return 2
	}
	return 0
}

// Positions returns the number of positions a region of the slot holds for a capacity.
func (s Slot) Positions(capacity int64) int64 {
	if s.Align <= 1 {
		return capacity
	}
	a := int64(s.Align)
	return (capacity + a - 1) / a * a
}

// KBytes returns the size in bytes of the slot's K region for a capacity.
func (s Slot) KBytes(capacity int64) int64 {
	return s.Positions(capacity) * int64(s.Width) * s.ElemBytes()
}

// VBytes returns the size in bytes of the slot's V region (values, then scratch) for a
// capacity.
func (s Slot) VBytes(capacity int64) int64 { return s.KBytes(capacity) + s.Scratch }

// Kernel is one entry of the kernel table.
type Kernel struct {
	Name   string `json:"name"`   // e.g. "matmul_bf16_k256_n1024"
	Symbol string `json:"symbol"` // exported symbol in the .so / .entry in the PTX
	Op     string `json:"op"`     // the IR op it implements
	// CUDA launch geometry (zero for CPU kernels).
	Block       [3]int `json:"block,omitempty"`
	SharedBytes int    `json:"shared_bytes,omitempty"`
}

// Launch is one kernel call of the program.
type Launch struct {
	Kernel int    `json:"kernel"` // index into Kernels
	Bufs   []Ref  `json:"bufs"`
	Ints   []Expr `json:"ints"`
	// Split is the extent of the dimension the runtime divides among threads (CPU) or blocks
	// (CUDA); each call computes [begin, end) of it.
	Split Expr `json:"split"`
	// Grain: CPU splits are multiples of Grain (e.g. a microkernel's column block); 0 means 1.
	Grain int64 `json:"grain,omitempty"`
	// Note names the IR value computed (for profiles and errors), e.g. "%12 matmul".
	Note string `json:"note,omitempty"`
}

// Ref kinds.
const (
	RefArena  = "arena"  // Offset bytes per token into the activation arena
	RefRows   = "rows"   // Offset bytes per logit row into the row arena
	RefWeight = "weight" // Index into Weights
	RefK      = "k"      // KV-cache slot Index: its K region (see Slot)
	RefV      = "v"      // KV-cache slot Index: its V region, then its scratch
	RefTokens = "tokens" // the step's token ids, i32 [T]
)

// ArenaSize is the size in bytes per row of the arena a reference of kind names: the
// activation arena's for RefArena, the row arena's for RefRows, else 0.
func (m *Manifest) ArenaSize(kind string) int64 {
	switch kind {
	case RefArena:
		return m.ArenaBytesPerToken
	case RefRows:
		return m.ArenaBytesPerRow
	}
	return 0
}

// Ref is a buffer argument of a launch.
type Ref struct {
	Kind   string `json:"kind"`
	Index  int    `json:"index,omitempty"`
	Offset int64  `json:"offset,omitempty"`
}

// Expr is the integer Const + T·T + R·R + P·P + Cap·capacity.
type Expr struct {
	Const int64 `json:"c,omitempty"`
	T     int64 `json:"t,omitempty"`
	R     int64 `json:"r,omitempty"`
	P     int64 `json:"p,omitempty"`
	Cap   int64 `json:"cap,omitempty"`
}

// Eval evaluates e.
func (e Expr) Eval(t, r, p, capacity int64) int64 {
	return e.Const + e.T*t + e.R*r + e.P*p + e.Cap*capacity
}

// File is a file of the artifact with its size and SHA-256 (hex).
type File struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}
