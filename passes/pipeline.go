package passes

import (
	"fmt"
	"io"

	"github.com/mtc-dev/mtc/ir"
)

// Pass is one step of the pipeline.
type Pass struct {
	// Name is kebab-case; --print-after, --disable, crash files and golden files use it.
	Name string
	// Run rewrites the graph in place.
	Run func(g *ir.Graph, o *Options) error
	// Required marks a pass the output depends on for correctness; disabling it is an error.
	Required bool
	// Doc says in one line what the pass does (for --list-passes).
	Doc string
}

// Options controls a pipeline run. The zero value runs every pass and prints nothing.
type Options struct {
	// PrintAfter names passes after which the IR is printed to Dump; "all" prints after each.
	PrintAfter map[string]bool
	// Dump receives the printed IR (os.Stderr when nil).
	Dump io.Writer
	// Disable names passes to skip. Required passes cannot be disabled.
	Disable map[string]bool
	// CrashDir, when set, is where the IR from before a failing pass is written, as
	// <graph>.<pass>.crash.mir.
	CrashDir string
}

// Pipeline is the compiler: the passes in the order they run. Read it top to bottom.
var Pipeline = []Pass{
	// Phase 1: weight transforms. Rewrites that fold or pack weights once, at load time.
	{Name: "fold-layernorm1p", Run: foldLayerNorm1P, Doc: "layernorm1p(x, g, b) -> layernorm(x, add1(g), b): the +1 is applied once at load"},
	{Name: "fuse-qkv", Run: fuseQKV, Doc: "the q, k, v projections of one attention -> one matmul against concat(q, k, v) and three slices"},

	// Phase 2: lowering. Ops with a cheaper form that the code generators implement directly.
	{Name: "lower-rope", Run: lowerRoPE, Doc: "rope -> rope_cached with a shared rope_table; packed q and k ropes become one"},
	{Name: "lower-gqa", Run: lowerGQA, Doc: "attention over slices of one packed qkv matrix -> gqa_attention"},

	// Phase 3: fusion. Pointwise consumers move into the epilogue of their matmul.
	{Name: "fuse-epilogue", Run: fuseEpilogue, Doc: "matmul followed by sqrelu, residual add or rope_cached -> one fused matmul"},

	// Phase 4: rows. Work on rows whose results nobody reads is removed.
	{Name: "sink-last", Run: sinkLast, Doc: "last(op(x, ...)) -> op(last(x), ...) for row-wise ops: the last layer's tail runs on the R rows that need logits"},

	// Phase 5: cleanup and memory. Nothing may add values after plan-memory.
	{Name: "dead-code", Run: deadCode, Doc: "remove values reaching neither the result nor the KV cache, and unused weights"},
	{Name: "plan-memory", Run: planMemory, Required: true, Doc: "assign arena offsets by liveness, reusing space of dead values"},
}

// mustPrecede lists ordering constraints between passes: before must run earlier than after.
// checkOrder (run by TestPipelineOrder) checks Pipeline against it, and also that plan-memory
// is the last pass: a value created after it would have no buffer.
var mustPrecede = []struct{ before, after, reason string }{
	{"fuse-qkv", "lower-rope", "lower-rope packs the q and k ropes only when they act on adjacent slices of one matrix, which fuse-qkv creates"},
	{"fuse-qkv", "lower-gqa", "gqa_attention needs q, k and v in one packed matrix, which fuse-qkv creates"},
	{"lower-rope", "lower-gqa", "until lower-rope re-slices q and k from one packed rope_cached, attention's q and k operands are rope outputs, not slices"},
	{"lower-rope", "fuse-epilogue", "matmul_rope fuses rope_cached, which only lower-rope produces"},
	{"dead-code", "plan-memory", "dead values would get buffers and widen the arena"},
	{"fuse-epilogue", "sink-last", "sink-last moves last above matmul_add and matmul_sqrelu, which fusion creates; before fusion it would stop at their add and sqrelu halves"},
}

// Names lists the pass names of Pipeline, in order.
func Names() []string { return passNames(Pipeline) }

func passNames(list []Pass) []string {
	out := make([]string, len(list))
	for i, p := range list {
		out[i] = p.Name
	}
	return out
}

// lastPass must end every pipeline: buffers are assigned to the final graph.
const lastPass = "plan-memory"

// checkOrder reports the first ordering constraint list breaks.
func checkOrder(list []Pass) error {
	index := map[string]int{}
	for i, p := range list {
		if _, dup := index[p.Name]; dup {
			return fmt.Errorf("pass %s appears twice", p.Name)
		}
		index[p.Name] = i
	}
	for _, c := range mustPrecede {
		b, okb := index[c.before]
		a, oka := index[c.after]
		switch {
		case !okb || !oka:
			return fmt.Errorf("ordering rule %s < %s names a pass that is not in the pipeline", c.before, c.after)
		case c.reason == "":
			return fmt.Errorf("ordering rule %s < %s has no reason", c.before, c.after)
		case b >= a:
			return fmt.Errorf("pass %s must run before %s: %s", c.before, c.after, c.reason)
		}
	}
	if len(list) == 0 || list[len(list)-1].Name != lastPass {
		return fmt.Errorf("the last pass must be %s: a value created after it would have no buffer", lastPass)
	}
	return nil
}
