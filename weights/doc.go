// Package weights reads and writes model checkpoints: safetensors files, sharded checkpoints
// with an index.json, and PyTorch's zip-format pytorch_model.bin.
//
// # Design
//
// Real checkpoints are 8-31 GB, larger than the memory a runtime may want to spend on a copy, so
// Open never reads tensor data into Go memory. Each file is mapped read-only (mmap, MAP_SHARED)
// and every Tensor's Data is a slice of that mapping: pages are faulted in by the kernel when a
// tensor is first touched and can be dropped again under memory pressure. Data stays valid until
// Checkpoint.Close unmaps it; touching it afterwards crashes the process.
//
// Everything about a file is validated before a Tensor is handed out, so the runtime can trust
// shapes, dtypes and byte ranges:
//
//   - safetensors (safetensors.go): an 8-byte little-endian header length (bounded by 100 MiB and
//     by the file size), a JSON object of name -> {dtype, shape, data_offsets} plus an optional
//     "__metadata__" string map, known dtypes, non-negative shapes whose byte size does not
//     overflow, offsets inside the data section whose length is exactly dtype size x elements,
//     unique names and non-overlapping data. Gaps between tensors are tolerated.
//   - PyTorch zip (torchzip.go, pickle.go): the archive torch.save writes since 1.6
//     (<prefix>/data.pkl, <prefix>/data/<key>, <prefix>/version). data.pkl is unpickled with
//     gopickle behind a whitelist: only torch._utils._rebuild_tensor_v2, _rebuild_parameter,
//     the torch.*Storage classes and collections.OrderedDict are known; any other class is an
//     error naming it, so no code from the file is ever run. Before unpickling, the opcode
//     stream is scanned so that no length field can ask for more bytes than the pickle holds.
//     Storages are stored uncompressed in the zip; each tensor's Data is the mapped slice of
//     its storage entry at storage_offset, and only contiguous strides are accepted.
//   - sharded checkpoints (index.go): model.safetensors.index.json or
//     pytorch_model.bin.index.json; every shard is opened and cross-checked against weight_map.
//
// Errors are *diag.Error values (or diag.List when several tensors are wrong) whose position
// is the file; the message names the tensor and the byte offset and says what was expected
// and what was found.
//
// Conversions (convert.go, bulk.go) turn BF16, F16, F8 and F64 data into float32 with tight
// loops over the mapped bytes (little-endian on every host). Write (write.go) produces a
// safetensors file atomically (temp file in the same folder, fsync, rename). Check (check.go)
// compares a checkpoint against the tensors a model expects.
package weights
