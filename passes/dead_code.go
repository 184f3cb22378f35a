package passes

import "github.com/mtc-dev/mtc/ir"

// deadCode removes the values that contribute neither to the result nor to the KV cache, then
// the weights no value uses any more (directly or as the argument of a derived weight that is
// used; a derived weight keeps its arguments).
//
// Tapped values are outputs the runtime reads, so they are roots too.
//
// Side effects: attention and gqa_attention append this step's keys and values to a KV-cache
// slot that later steps read, so they are roots like the result and are never removed, even
// when their output is unused; their operands stay live with them. In a graph lowered from a
// model every attention reaches the result anyway; keeping them is what makes removal safe for
// any graph, since the cache is state the runtime owns across steps.
func deadCode(g *ir.Graph, _ *Options) error {
	live := map[*ir.Value]bool{g.Result: true}
	for i := len(g.Values) - 1; i >= 0; i-- {
		v := g.Values[i]
		if !live[v] && !hasSideEffect(v) {
			continue
		}
		live[v] = true
		for _, a := range v.Args {
			live[a] = true
		}
	}
	kept := g.Values[:0]
	for _, v := range g.Values {
		if live[v] {
			kept = append(kept, v)
		}
	}
	clear(g.Values[len(kept):])
	g.Values = kept
	g.Weights = g.UsedWeights()
	return nil
}
