package passes

import "github.com/mtc-dev/mtc/ir"

// foldLayerNorm1P rewrites layernorm1p(x, g, b) as layernorm(x, g', b) with g' = add1 @g, a
// weight derived once at load time (named "<g>+1", one per gamma however many norms share it),
// so no kernel adds 1 to gamma per row.
func foldLayerNorm1P(g *ir.Graph, _ *Options) error {
	r := newRewriter()
	for _, v := range g.Values {
		if v.Op != ir.OpLayerNorm1P {
			continue
		}
		gamma := v.Weights[0]
		g1, err := derive(g, gamma.Name+"+1", ir.WeightAdd1, []*ir.Weight{gamma}, nil, gamma.Pos)
		if err != nil {
			return err
		}
		n, err := ir.NewValue(ir.OpLayerNorm, vals(v.Args...), wts(g1, v.Weights[1]), attrsOf(v.Attrs, "eps"), v.Pos)
		if err != nil {
			return err
		}
		r.replace(v, n)
	}
	r.apply(g)
	return nil
}
