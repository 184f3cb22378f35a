package main

import (
	"os"

	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/models"
	"github.com/spf13/cobra"
)

func inspectCmd() *cobra.Command {
	var asJSON bool
	var opts models.InspectOptions
	c := &cobra.Command{
		Use:   "inspect MODEL",
		Short: "Print parameters, FLOPs per token and KV-cache size of a model, per layer",
		Args:  exactArgs(1, "one MODEL (a YAML spec, config.json, checkpoint folder or shipped spec name)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			spec, err := driver.LoadModel(args[0])
			if err != nil {
				return err
			}
			if asJSON {
				_, err := os.Stdout.Write(models.InspectJSON(spec))
				return err
			}
			return models.WriteInspect(os.Stdout, spec, opts)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON (params_total, params_non_embedding, flops_per_token, kv_bytes_per_token, ...)")
	c.Flags().IntVar(&opts.Context, "ctx", 0, "context length for the FLOPs figures (default: max_position_embeddings)")
	c.Flags().StringVar(&opts.KVDType, "kv-dtype", "bf16", "KV-cache dtype for the cache figures: f32, bf16 or f16")
	return c
}
