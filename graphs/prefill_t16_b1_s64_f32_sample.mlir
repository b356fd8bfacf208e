module @prefill_t16_b1_s64_f32_sample attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(
      %v0: tensor<96x64xf32> {xlagen.name = "model.embed_tokens.weight"},
      %v1: tensor<64xf32> {xlagen.name = "model.layers.0.input_layernorm.weight"},
      %v2: tensor<128x64xf32> {xlagen.name = "model.layers.0.self_attn.qkv_proj.weight"},
      %v3: tensor<64x64xf32> {xlagen.name = "model.layers.0.self_attn.o_proj.weight"},
      %v4: tensor<64xf32> {xlagen.name = "model.layers.0.post_attention_layernorm.weight"},
      %v5: tensor<320x64xf32> {xlagen.name = "model.layers.0.mlp.gate_up_proj.weight"},
      %v6: tensor<64x160xf32> {xlagen.name = "model.layers.0.mlp.down_proj.weight"},
      %v7: tensor<64xf32> {xlagen.name = "model.layers.1.input_layernorm.weight"},
      %v8: tensor<128x64xf32> {xlagen.name = "model.layers.1.self_attn.qkv_proj.weight"},
      %v9: tensor<64x64xf32> {xlagen.name = "model.layers.1.self_attn.o_proj.weight"},
      %v10: tensor<64xf32> {xlagen.name = "model.layers.1.post_attention_layernorm.weight"},
      %v11: tensor<320x64xf32> {xlagen.name = "model.layers.1.mlp.gate_up_proj.weight"},
      %v12: tensor<64x160xf32> {xlagen.name = "model.layers.1.mlp.down_proj.weight"},
      %v13: tensor<64xf32> {xlagen.name = "model.norm.weight"},
      %v14: tensor<96x64xf32> {xlagen.name = "lm_head.weight"},
      %v15: tensor<1x16xi32> {xlagen.name = "tokens"},
      %v16: tensor<1xi32> {xlagen.name = "start"},
      %v17: tensor<i32> {xlagen.name = "slot"},
      %v19: tensor<i32> {xlagen.name = "last"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v24: tensor<1xf32> {xlagen.name = "temperature"},
      %v25: tensor<1xi32> {xlagen.name = "top_k"},
      %v26: tensor<1xf32> {xlagen.name = "top_p"},
      %v27: tensor<1x3xui32> {xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v18 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v28 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v29 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v30 = "stablehlo.broadcast_in_dim"(%v29) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v31 = "stablehlo.add"(%v28, %v30) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v32 = "stablehlo.convert"(%v31) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v33 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v34 = "stablehlo.reshape"(%v32) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v35 = "stablehlo.reshape"(%v33) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v36 = "stablehlo.broadcast_in_dim"(%v34) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v37 = "stablehlo.broadcast_in_dim"(%v35) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v38 = "stablehlo.multiply"(%v36, %v37) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v39 = "stablehlo.concatenate"(%v38, %v38) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v40 = "stablehlo.cosine"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v41 = "stablehlo.sine"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v42 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v43 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v44 = "stablehlo.broadcast_in_dim"(%v43) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v45 = "stablehlo.add"(%v42, %v44) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v46 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v47 = "stablehlo.compare"(%v46, %v45) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v48 = "stablehlo.subtract"(%v45, %v46) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v49 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v50 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v51 = "stablehlo.compare"(%v48, %v50) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v52 = "stablehlo.and"(%v47, %v51) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v53 = "stablehlo.reshape"(%v52) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v54 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v55 = "stablehlo.multiply"(%v54, %v54) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v56 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v60 = "stablehlo.reduce"(%v55, %v56) ({
      ^bb0(%v57: tensor<f32>, %v58: tensor<f32>):
        %v59 = "stablehlo.add"(%v57, %v58) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v59) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v61 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v62 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v63 = "stablehlo.divide"(%v60, %v62) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v64 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v65 = "stablehlo.broadcast_in_dim"(%v64) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v66 = "stablehlo.add"(%v63, %v65) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v67 = "stablehlo.rsqrt"(%v66) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v68 = "stablehlo.reshape"(%v67) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v69 = "stablehlo.broadcast_in_dim"(%v68) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v70 = "stablehlo.multiply"(%v54, %v69) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v71 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v72 = "stablehlo.multiply"(%v70, %v71) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v73 = "stablehlo.reshape"(%v72) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v74 = "stablehlo.custom_call"(%v73, %v2) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v75 = "stablehlo.reshape"(%v74) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v76 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v77 = "stablehlo.reshape"(%v76) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v78 = "stablehlo.transpose"(%v77) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v79 = "stablehlo.slice"(%v78) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v80 = "stablehlo.slice"(%v78) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v81 = "stablehlo.negate"(%v80) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v82 = "stablehlo.concatenate"(%v81, %v79) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v83 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v84 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v85 = "stablehlo.broadcast_in_dim"(%v83) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v86 = "stablehlo.multiply"(%v78, %v85) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v87 = "stablehlo.broadcast_in_dim"(%v84) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v88 = "stablehlo.multiply"(%v82, %v87) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v89 = "stablehlo.add"(%v86, %v88) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v90 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v91 = "stablehlo.reshape"(%v90) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v92 = "stablehlo.transpose"(%v91) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v93 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v94 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v95 = "stablehlo.negate"(%v94) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v96 = "stablehlo.concatenate"(%v95, %v93) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v97 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v98 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v99 = "stablehlo.broadcast_in_dim"(%v97) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v100 = "stablehlo.multiply"(%v92, %v99) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v101 = "stablehlo.broadcast_in_dim"(%v98) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v102 = "stablehlo.multiply"(%v96, %v101) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v103 = "stablehlo.add"(%v100, %v102) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v104 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v105 = "stablehlo.reshape"(%v104) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v106 = "stablehlo.transpose"(%v105) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v107 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v108 = "stablehlo.reshape"(%v103) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v109 = "stablehlo.reshape"(%v106) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v110 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v111 = "stablehlo.reshape"(%v110) : (tensor<1xi32>) -> tensor<i32>
    %v112 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v113 = "stablehlo.multiply"(%v111, %v112) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v114 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v115 = "stablehlo.reshape"(%v114) : (tensor<1xi32>) -> tensor<i32>
    %v116 = "stablehlo.slice"(%v108) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v117 = "stablehlo.dynamic_update_slice"(%v20, %v116, %v113, %v115, %v107) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v118 = "stablehlo.slice"(%v109) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v119 = "stablehlo.dynamic_update_slice"(%v22, %v118, %v113, %v115, %v107) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v120 = "stablehlo.reshape"(%v89) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v121 = "stablehlo.reshape"(%v120) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v122 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v123 = "stablehlo.reshape"(%v121) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v124 = "stablehlo.custom_call"(%v123, %v117, %v119, %v16, %v18, %v122) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v125 = "stablehlo.reshape"(%v124) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v126 = "stablehlo.reshape"(%v125) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v127 = "stablehlo.transpose"(%v126) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v128 = "stablehlo.reshape"(%v127) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v129 = "stablehlo.reshape"(%v128) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v130 = "stablehlo.custom_call"(%v129, %v3) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v131 = "stablehlo.reshape"(%v130) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v132 = "stablehlo.add"(%v54, %v131) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v133 = "stablehlo.multiply"(%v132, %v132) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v134 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v138 = "stablehlo.reduce"(%v133, %v134) ({
      ^bb0(%v135: tensor<f32>, %v136: tensor<f32>):
        %v137 = "stablehlo.add"(%v135, %v136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v137) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v139 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v140 = "stablehlo.broadcast_in_dim"(%v139) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v141 = "stablehlo.divide"(%v138, %v140) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v142 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v143 = "stablehlo.broadcast_in_dim"(%v142) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v144 = "stablehlo.add"(%v141, %v143) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v145 = "stablehlo.rsqrt"(%v144) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v146 = "stablehlo.reshape"(%v145) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v147 = "stablehlo.broadcast_in_dim"(%v146) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v148 = "stablehlo.multiply"(%v132, %v147) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v149 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v150 = "stablehlo.multiply"(%v148, %v149) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v151 = "stablehlo.reshape"(%v150) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v152 = "stablehlo.custom_call"(%v151, %v5) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v153 = "stablehlo.reshape"(%v152) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v154 = "stablehlo.slice"(%v153) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v155 = "stablehlo.slice"(%v153) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v156 = "stablehlo.logistic"(%v154) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v157 = "stablehlo.multiply"(%v154, %v156) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v158 = "stablehlo.multiply"(%v157, %v155) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v159 = "stablehlo.reshape"(%v158) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v160 = "stablehlo.custom_call"(%v159, %v6) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v161 = "stablehlo.reshape"(%v160) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v162 = "stablehlo.add"(%v132, %v161) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v163 = "stablehlo.multiply"(%v162, %v162) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v164 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v168 = "stablehlo.reduce"(%v163, %v164) ({
      ^bb0(%v165: tensor<f32>, %v166: tensor<f32>):
        %v167 = "stablehlo.add"(%v165, %v166) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v167) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v169 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v170 = "stablehlo.broadcast_in_dim"(%v169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v171 = "stablehlo.divide"(%v168, %v170) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v172 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v173 = "stablehlo.broadcast_in_dim"(%v172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v174 = "stablehlo.add"(%v171, %v173) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v175 = "stablehlo.rsqrt"(%v174) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v176 = "stablehlo.reshape"(%v175) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v177 = "stablehlo.broadcast_in_dim"(%v176) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v178 = "stablehlo.multiply"(%v162, %v177) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v179 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v180 = "stablehlo.multiply"(%v178, %v179) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v181 = "stablehlo.reshape"(%v180) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v182 = "stablehlo.custom_call"(%v181, %v8) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v183 = "stablehlo.reshape"(%v182) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v184 = "stablehlo.slice"(%v183) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v185 = "stablehlo.reshape"(%v184) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v186 = "stablehlo.transpose"(%v185) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v187 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v188 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v189 = "stablehlo.negate"(%v188) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v190 = "stablehlo.concatenate"(%v189, %v187) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v191 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v192 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v193 = "stablehlo.broadcast_in_dim"(%v191) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v194 = "stablehlo.multiply"(%v186, %v193) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v195 = "stablehlo.broadcast_in_dim"(%v192) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v196 = "stablehlo.multiply"(%v190, %v195) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v197 = "stablehlo.add"(%v194, %v196) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v198 = "stablehlo.slice"(%v183) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v199 = "stablehlo.reshape"(%v198) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v200 = "stablehlo.transpose"(%v199) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v201 = "stablehlo.slice"(%v200) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v202 = "stablehlo.slice"(%v200) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v203 = "stablehlo.negate"(%v202) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v204 = "stablehlo.concatenate"(%v203, %v201) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v205 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v206 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v207 = "stablehlo.broadcast_in_dim"(%v205) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v208 = "stablehlo.multiply"(%v200, %v207) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v209 = "stablehlo.broadcast_in_dim"(%v206) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v210 = "stablehlo.multiply"(%v204, %v209) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v211 = "stablehlo.add"(%v208, %v210) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v212 = "stablehlo.slice"(%v183) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v213 = "stablehlo.reshape"(%v212) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v214 = "stablehlo.transpose"(%v213) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v215 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v216 = "stablehlo.reshape"(%v211) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v217 = "stablehlo.reshape"(%v214) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v218 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v219 = "stablehlo.reshape"(%v218) : (tensor<1xi32>) -> tensor<i32>
    %v220 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v221 = "stablehlo.multiply"(%v219, %v220) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v222 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v223 = "stablehlo.reshape"(%v222) : (tensor<1xi32>) -> tensor<i32>
    %v224 = "stablehlo.slice"(%v216) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v225 = "stablehlo.dynamic_update_slice"(%v21, %v224, %v221, %v223, %v215) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v226 = "stablehlo.slice"(%v217) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v227 = "stablehlo.dynamic_update_slice"(%v23, %v226, %v221, %v223, %v215) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v228 = "stablehlo.reshape"(%v197) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v229 = "stablehlo.reshape"(%v228) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v230 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v231 = "stablehlo.reshape"(%v229) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v232 = "stablehlo.custom_call"(%v231, %v225, %v227, %v16, %v18, %v230) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v233 = "stablehlo.reshape"(%v232) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v234 = "stablehlo.reshape"(%v233) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v235 = "stablehlo.transpose"(%v234) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v236 = "stablehlo.reshape"(%v235) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v237 = "stablehlo.reshape"(%v236) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v238 = "stablehlo.custom_call"(%v237, %v9) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v239 = "stablehlo.reshape"(%v238) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v240 = "stablehlo.add"(%v162, %v239) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v241 = "stablehlo.multiply"(%v240, %v240) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v242 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v246 = "stablehlo.reduce"(%v241, %v242) ({
      ^bb0(%v243: tensor<f32>, %v244: tensor<f32>):
        %v245 = "stablehlo.add"(%v243, %v244) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v245) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v247 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v248 = "stablehlo.broadcast_in_dim"(%v247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v249 = "stablehlo.divide"(%v246, %v248) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v250 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v251 = "stablehlo.broadcast_in_dim"(%v250) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v252 = "stablehlo.add"(%v249, %v251) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v253 = "stablehlo.rsqrt"(%v252) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v254 = "stablehlo.reshape"(%v253) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v255 = "stablehlo.broadcast_in_dim"(%v254) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v256 = "stablehlo.multiply"(%v240, %v255) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v257 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v258 = "stablehlo.multiply"(%v256, %v257) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v259 = "stablehlo.reshape"(%v258) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v260 = "stablehlo.custom_call"(%v259, %v11) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v261 = "stablehlo.reshape"(%v260) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v262 = "stablehlo.slice"(%v261) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v263 = "stablehlo.slice"(%v261) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v264 = "stablehlo.logistic"(%v262) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v265 = "stablehlo.multiply"(%v262, %v264) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v266 = "stablehlo.multiply"(%v265, %v263) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v267 = "stablehlo.reshape"(%v266) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v268 = "stablehlo.custom_call"(%v267, %v12) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v269 = "stablehlo.reshape"(%v268) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v270 = "stablehlo.add"(%v240, %v269) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v271 = "stablehlo.multiply"(%v270, %v270) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v272 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v276 = "stablehlo.reduce"(%v271, %v272) ({
      ^bb0(%v273: tensor<f32>, %v274: tensor<f32>):
        %v275 = "stablehlo.add"(%v273, %v274) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v275) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v277 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v278 = "stablehlo.broadcast_in_dim"(%v277) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v279 = "stablehlo.divide"(%v276, %v278) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v280 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v281 = "stablehlo.broadcast_in_dim"(%v280) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v282 = "stablehlo.add"(%v279, %v281) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v283 = "stablehlo.rsqrt"(%v282) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v284 = "stablehlo.reshape"(%v283) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v285 = "stablehlo.broadcast_in_dim"(%v284) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v286 = "stablehlo.multiply"(%v270, %v285) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v287 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v288 = "stablehlo.multiply"(%v286, %v287) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v289 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v290 = "stablehlo.dynamic_slice"(%v288, %v289, %v19, %v289) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v291 = "stablehlo.reshape"(%v290) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v292 = "stablehlo.custom_call"(%v291, %v14) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
    %v293 = "stablehlo.reshape"(%v292) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v294 = "stablehlo.reshape"(%v293) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v295 = "stablehlo.reshape"(%v24) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v296 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v297 = "stablehlo.broadcast_in_dim"(%v296) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v298 = "stablehlo.compare"(%v295, %v297) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v299 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v300 = "stablehlo.broadcast_in_dim"(%v299) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v301 = "stablehlo.select"(%v298, %v300, %v295) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v302 = "stablehlo.broadcast_in_dim"(%v301) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v303 = "stablehlo.divide"(%v294, %v302) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v304 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v310, %v311 = "stablehlo.sort"(%v303, %v304) ({
      ^bb0(%v305: tensor<f32>, %v306: tensor<f32>, %v307: tensor<i32>, %v308: tensor<i32>):
        %v309 = "stablehlo.compare"(%v305, %v306) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v309) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v312 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v313 = "stablehlo.reshape"(%v25) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v314 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v315 = "stablehlo.broadcast_in_dim"(%v314) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v316 = "stablehlo.compare"(%v313, %v315) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %v317 = "stablehlo.broadcast_in_dim"(%v313) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v318 = "stablehlo.compare"(%v312, %v317) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v319 = "stablehlo.broadcast_in_dim"(%v316) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi1>) -> tensor<1x96xi1>
    %v320 = "stablehlo.or"(%v318, %v319) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v321 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v325 = "stablehlo.reduce"(%v310, %v321) ({
      ^bb0(%v322: tensor<f32>, %v323: tensor<f32>):
        %v324 = "stablehlo.maximum"(%v322, %v323) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v324) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v326 = "stablehlo.reshape"(%v325) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v327 = "stablehlo.broadcast_in_dim"(%v326) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v328 = "stablehlo.subtract"(%v310, %v327) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v329 = "stablehlo.exponential"(%v328) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v330 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v334 = "stablehlo.reduce"(%v329, %v330) ({
      ^bb0(%v331: tensor<f32>, %v332: tensor<f32>):
        %v333 = "stablehlo.add"(%v331, %v332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v333) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v335 = "stablehlo.reshape"(%v334) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v336 = "stablehlo.broadcast_in_dim"(%v335) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v337 = "stablehlo.divide"(%v329, %v336) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v338 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v339 = "stablehlo.slice"(%v337) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v340 = "stablehlo.concatenate"(%v338, %v339) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v341 = "stablehlo.add"(%v337, %v340) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v342 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v343 = "stablehlo.slice"(%v341) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v344 = "stablehlo.concatenate"(%v342, %v343) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v345 = "stablehlo.add"(%v341, %v344) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v346 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v347 = "stablehlo.slice"(%v345) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v348 = "stablehlo.concatenate"(%v346, %v347) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v349 = "stablehlo.add"(%v345, %v348) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v350 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v351 = "stablehlo.slice"(%v349) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v352 = "stablehlo.concatenate"(%v350, %v351) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v353 = "stablehlo.add"(%v349, %v352) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v354 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v355 = "stablehlo.slice"(%v353) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v356 = "stablehlo.concatenate"(%v354, %v355) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v357 = "stablehlo.add"(%v353, %v356) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v358 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v359 = "stablehlo.slice"(%v357) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v360 = "stablehlo.concatenate"(%v358, %v359) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v361 = "stablehlo.add"(%v357, %v360) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v362 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v363 = "stablehlo.slice"(%v361) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v364 = "stablehlo.concatenate"(%v362, %v363) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v365 = "stablehlo.add"(%v361, %v364) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v366 = "stablehlo.subtract"(%v365, %v337) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v367 = "stablehlo.reshape"(%v26) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v368 = "stablehlo.broadcast_in_dim"(%v367) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v369 = "stablehlo.compare"(%v366, %v368) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v370 = "stablehlo.and"(%v320, %v369) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v371 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v372 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v373 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
    %v374 = "stablehlo.broadcast_in_dim"(%v373) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v375 = "stablehlo.xor"(%v371, %v374) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v376 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v377 = "stablehlo.broadcast_in_dim"(%v376) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v378 = "stablehlo.shift_right_logical"(%v375, %v377) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v379 = "stablehlo.xor"(%v375, %v378) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v380 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v381 = "stablehlo.broadcast_in_dim"(%v380) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v382 = "stablehlo.multiply"(%v379, %v381) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v383 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v384 = "stablehlo.broadcast_in_dim"(%v383) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v385 = "stablehlo.shift_right_logical"(%v382, %v384) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v386 = "stablehlo.xor"(%v382, %v385) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v387 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v388 = "stablehlo.broadcast_in_dim"(%v387) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v389 = "stablehlo.multiply"(%v386, %v388) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v390 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v391 = "stablehlo.broadcast_in_dim"(%v390) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v392 = "stablehlo.shift_right_logical"(%v389, %v391) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v393 = "stablehlo.xor"(%v389, %v392) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v394 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v395 = "stablehlo.xor"(%v393, %v394) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v396 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v397 = "stablehlo.broadcast_in_dim"(%v396) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v398 = "stablehlo.shift_right_logical"(%v395, %v397) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v399 = "stablehlo.xor"(%v395, %v398) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v400 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v401 = "stablehlo.broadcast_in_dim"(%v400) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v402 = "stablehlo.multiply"(%v399, %v401) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v403 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v404 = "stablehlo.broadcast_in_dim"(%v403) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v405 = "stablehlo.shift_right_logical"(%v402, %v404) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v406 = "stablehlo.xor"(%v402, %v405) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v407 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v408 = "stablehlo.broadcast_in_dim"(%v407) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v409 = "stablehlo.multiply"(%v406, %v408) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v410 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v411 = "stablehlo.broadcast_in_dim"(%v410) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v412 = "stablehlo.shift_right_logical"(%v409, %v411) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v413 = "stablehlo.xor"(%v409, %v412) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v414 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v415 = "stablehlo.xor"(%v413, %v414) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v416 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v417 = "stablehlo.broadcast_in_dim"(%v416) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v418 = "stablehlo.shift_right_logical"(%v415, %v417) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v419 = "stablehlo.xor"(%v415, %v418) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v420 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v421 = "stablehlo.broadcast_in_dim"(%v420) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v422 = "stablehlo.multiply"(%v419, %v421) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v423 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v424 = "stablehlo.broadcast_in_dim"(%v423) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v425 = "stablehlo.shift_right_logical"(%v422, %v424) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v426 = "stablehlo.xor"(%v422, %v425) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v427 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v428 = "stablehlo.broadcast_in_dim"(%v427) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v429 = "stablehlo.multiply"(%v426, %v428) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v430 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v431 = "stablehlo.broadcast_in_dim"(%v430) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v432 = "stablehlo.shift_right_logical"(%v429, %v431) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v433 = "stablehlo.xor"(%v429, %v432) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v434 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
    %v435 = "stablehlo.broadcast_in_dim"(%v433) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v436 = "stablehlo.xor"(%v434, %v435) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v437 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v438 = "stablehlo.broadcast_in_dim"(%v437) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v439 = "stablehlo.shift_right_logical"(%v436, %v438) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v440 = "stablehlo.xor"(%v436, %v439) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v441 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v442 = "stablehlo.broadcast_in_dim"(%v441) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v443 = "stablehlo.multiply"(%v440, %v442) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v444 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v445 = "stablehlo.broadcast_in_dim"(%v444) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v446 = "stablehlo.shift_right_logical"(%v443, %v445) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v447 = "stablehlo.xor"(%v443, %v446) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v448 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v449 = "stablehlo.broadcast_in_dim"(%v448) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v450 = "stablehlo.multiply"(%v447, %v449) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v451 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v452 = "stablehlo.broadcast_in_dim"(%v451) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v453 = "stablehlo.shift_right_logical"(%v450, %v452) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v454 = "stablehlo.xor"(%v450, %v453) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v455 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
    %v456 = "stablehlo.broadcast_in_dim"(%v455) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v457 = "stablehlo.add"(%v454, %v456) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v458 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v459 = "stablehlo.broadcast_in_dim"(%v458) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v460 = "stablehlo.shift_right_logical"(%v457, %v459) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v461 = "stablehlo.xor"(%v457, %v460) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v462 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v463 = "stablehlo.broadcast_in_dim"(%v462) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v464 = "stablehlo.multiply"(%v461, %v463) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v465 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v466 = "stablehlo.broadcast_in_dim"(%v465) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v467 = "stablehlo.shift_right_logical"(%v464, %v466) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v468 = "stablehlo.xor"(%v464, %v467) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v469 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v470 = "stablehlo.broadcast_in_dim"(%v469) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v471 = "stablehlo.multiply"(%v468, %v470) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v472 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v473 = "stablehlo.broadcast_in_dim"(%v472) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v474 = "stablehlo.shift_right_logical"(%v471, %v473) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v475 = "stablehlo.xor"(%v471, %v474) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v476 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v477 = "stablehlo.broadcast_in_dim"(%v476) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v478 = "stablehlo.shift_right_logical"(%v475, %v477) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v479 = "stablehlo.convert"(%v478) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v480 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v481 = "stablehlo.broadcast_in_dim"(%v480) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v482 = "stablehlo.add"(%v479, %v481) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v483 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v484 = "stablehlo.broadcast_in_dim"(%v483) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v485 = "stablehlo.multiply"(%v482, %v484) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v486 = "stablehlo.log"(%v485) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v487 = "stablehlo.negate"(%v486) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v488 = "stablehlo.log"(%v487) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v489 = "stablehlo.negate"(%v488) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v490 = "stablehlo.add"(%v310, %v489) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v491 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v492 = "stablehlo.broadcast_in_dim"(%v491) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v493 = "stablehlo.select"(%v370, %v490, %v492) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v494 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v495 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v496 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v508, %v509 = "stablehlo.reduce"(%v493, %v494, %v495, %v496) ({
      ^bb0(%v497: tensor<f32>, %v498: tensor<i32>, %v499: tensor<f32>, %v500: tensor<i32>):
        %v501 = "stablehlo.compare"(%v499, %v497) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v502 = "stablehlo.compare"(%v499, %v497) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v503 = "stablehlo.compare"(%v500, %v498) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v504 = "stablehlo.and"(%v502, %v503) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v505 = "stablehlo.or"(%v501, %v504) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v506 = "stablehlo.select"(%v505, %v499, %v497) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v507 = "stablehlo.select"(%v505, %v500, %v498) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v506, %v507) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v510 = "stablehlo.reshape"(%v509) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v511 = "stablehlo.broadcast_in_dim"(%v510) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v512 = "stablehlo.compare"(%v312, %v511) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v513 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v514 = "stablehlo.broadcast_in_dim"(%v513) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v515 = "stablehlo.select"(%v512, %v311, %v514) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v516 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v520 = "stablehlo.reduce"(%v515, %v516) ({
      ^bb0(%v517: tensor<i32>, %v518: tensor<i32>):
        %v519 = "stablehlo.add"(%v517, %v518) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v519) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v521 = "stablehlo.reshape"(%v298) : (tensor<1x1xi1>) -> tensor<1xi1>
    %v522 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v523 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v524 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v536, %v537 = "stablehlo.reduce"(%v294, %v522, %v523, %v524) ({
      ^bb0(%v525: tensor<f32>, %v526: tensor<i32>, %v527: tensor<f32>, %v528: tensor<i32>):
        %v529 = "stablehlo.compare"(%v527, %v525) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v530 = "stablehlo.compare"(%v527, %v525) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v531 = "stablehlo.compare"(%v528, %v526) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v532 = "stablehlo.and"(%v530, %v531) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v533 = "stablehlo.or"(%v529, %v532) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v534 = "stablehlo.select"(%v533, %v527, %v525) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v535 = "stablehlo.select"(%v533, %v528, %v526) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v534, %v535) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v538 = "stablehlo.select"(%v521, %v537, %v520) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v539 = "stablehlo.reshape"(%v538) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v539, %v117, %v225, %v119, %v227) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
