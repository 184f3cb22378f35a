package evalppl

// Windows cuts tokens into consecutive, non-overlapping windows of ctx tokens and drops the
// last partial window. The windows are slices of tokens (no copy). ctx <= 0 gives no windows.
func Windows(tokens []int32, ctx int) [][]int32 {
	if ctx <= 0 {
		return nil
	}
	n := len(tokens) / ctx
	out := make([][]int32, n)
	for i := range out {
		out[i] = tokens[i*ctx : (i+1)*ctx : (i+1)*ctx]
	}
	return out
}
