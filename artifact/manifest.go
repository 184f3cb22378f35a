// Package artifact defines mtc's compiled-artifact format: a folder holding manifest.json, the IR
// text (graph.mir) and, per target, the generated code (kernels.ll + kernels.so for the CPU,
// kernels.ptx for CUDA). The runtime depends on this package only, never on the compiler.
//
// The manifest describes everything the runtime needs to run one step ("T tokens starting at
// position P, logits for the last R rows"): the checkpoint tensors and the weight transforms to
// apply once at load, the KV-cache slots, the activation arena (sized in bytes per token), the
// kernel table and the launch program — an ordered list of kernel calls whose buffer arguments
// are references (arena offsets, weights, cache slots) and whose integer arguments are linear
// expressions in T, R, P and the cache capacity.
package artifact

// FormatVersion is the manifest format this package reads and writes.
const FormatVersion = 1

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
	// Result is where the logits of a step are: an arena reference to an f32 [R, vocab] matrix.
	Result Ref `json:"result"`
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
	// WeightBytes is the number of checkpoint bytes a decode step reads (used by bench).
	WeightBytes int64 `json:"weight_bytes,omitempty"`
	// FLOPsPerToken is the matmul work of one token at zero context (2 FLOPs per multiply-add).
	FLOPsPerToken int64 `json:"flops_per_token,omitempty"`
}

// Weight is a tensor the program reads: a checkpoint tensor (Transform "load") or one derived at
// load time ("add1": 1+x as f32; "concat": rows of Args stacked; "rope_table": f32 [capacity, rot]
// with cos then sin of p/scale·theta^(-2j/rot)).
type Weight struct {
	Name      string             `json:"name"`
	DType     string             `json:"dtype"` // f32, bf16, f16
	Shape     []int64            `json:"shape"` // -3 (DimC) stands for the KV-cache capacity
	Transform string             `json:"transform"`
	Args      []string           `json:"args,omitempty"`
	Attrs     map[string]float64 `json:"attrs,omitempty"`
}

// Weight transforms.
const (
	TransformLoad      = "load"
	TransformAdd1      = "add1"
	TransformConcat    = "concat"
	TransformRoPETable = "rope_table"
)

// ShapeCapacity marks a dimension equal to the KV-cache capacity.
const ShapeCapacity = -3

// Slot is one KV-cache slot (one attention layer): Width = kv_heads·head_dim f32 values per
// position for K and again for V.
type Slot struct {
	Width int `json:"width"`
}

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
	RefWeight = "weight" // Index into Weights
	RefK      = "k"      // KV-cache slot Index, keys [capacity, width] f32
	RefV      = "v"      // KV-cache slot Index, values
	RefTokens = "tokens" // the step's token ids, i32 [T]
)

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
