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
      %v18: tensor<i32> {xlagen.name = "last"},
      %v19: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v23: tensor<1xf32> {xlagen.name = "temperature"},
      %v24: tensor<1xi32> {xlagen.name = "top_k"},
      %v25: tensor<1xf32> {xlagen.name = "top_p"},
      %v26: tensor<1x3xui32> {xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v27 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v28 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v29 = "stablehlo.broadcast_in_dim"(%v28) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v30 = "stablehlo.add"(%v27, %v29) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v31 = "stablehlo.convert"(%v30) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v32 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v33 = "stablehlo.reshape"(%v31) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v34 = "stablehlo.reshape"(%v32) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v35 = "stablehlo.broadcast_in_dim"(%v33) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v36 = "stablehlo.broadcast_in_dim"(%v34) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v37 = "stablehlo.multiply"(%v35, %v36) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v38 = "stablehlo.concatenate"(%v37, %v37) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v39 = "stablehlo.cosine"(%v38) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v40 = "stablehlo.sine"(%v38) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v41 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v42 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v43 = "stablehlo.broadcast_in_dim"(%v42) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v44 = "stablehlo.add"(%v41, %v43) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v45 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v46 = "stablehlo.compare"(%v45, %v44) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v47 = "stablehlo.subtract"(%v44, %v45) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v48 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v49 = "stablehlo.broadcast_in_dim"(%v48) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v50 = "stablehlo.compare"(%v47, %v49) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v51 = "stablehlo.and"(%v46, %v50) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v52 = "stablehlo.reshape"(%v51) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v53 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v54 = "stablehlo.multiply"(%v53, %v53) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v55 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v59 = "stablehlo.reduce"(%v54, %v55) ({
      ^bb0(%v56: tensor<f32>, %v57: tensor<f32>):
        %v58 = "stablehlo.add"(%v56, %v57) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v58) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v60 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v61 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v62 = "stablehlo.divide"(%v59, %v61) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v63 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v64 = "stablehlo.broadcast_in_dim"(%v63) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v65 = "stablehlo.add"(%v62, %v64) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v66 = "stablehlo.rsqrt"(%v65) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v67 = "stablehlo.reshape"(%v66) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v68 = "stablehlo.broadcast_in_dim"(%v67) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v69 = "stablehlo.multiply"(%v53, %v68) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v70 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v71 = "stablehlo.multiply"(%v69, %v70) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v72 = "stablehlo.reshape"(%v71) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v73 = "stablehlo.custom_call"(%v72, %v2) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v74 = "stablehlo.reshape"(%v73) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v75 = "stablehlo.slice"(%v74) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v76 = "stablehlo.reshape"(%v75) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v77 = "stablehlo.transpose"(%v76) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v78 = "stablehlo.slice"(%v77) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v79 = "stablehlo.slice"(%v77) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v80 = "stablehlo.negate"(%v79) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v81 = "stablehlo.concatenate"(%v80, %v78) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v82 = "stablehlo.reshape"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v83 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v84 = "stablehlo.broadcast_in_dim"(%v82) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v85 = "stablehlo.multiply"(%v77, %v84) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v86 = "stablehlo.broadcast_in_dim"(%v83) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v87 = "stablehlo.multiply"(%v81, %v86) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v88 = "stablehlo.add"(%v85, %v87) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v89 = "stablehlo.slice"(%v74) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v90 = "stablehlo.reshape"(%v89) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v91 = "stablehlo.transpose"(%v90) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v92 = "stablehlo.slice"(%v91) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v93 = "stablehlo.slice"(%v91) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v94 = "stablehlo.negate"(%v93) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v95 = "stablehlo.concatenate"(%v94, %v92) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v96 = "stablehlo.reshape"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v97 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v98 = "stablehlo.broadcast_in_dim"(%v96) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v99 = "stablehlo.multiply"(%v91, %v98) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v100 = "stablehlo.broadcast_in_dim"(%v97) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v101 = "stablehlo.multiply"(%v95, %v100) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v102 = "stablehlo.add"(%v99, %v101) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v103 = "stablehlo.slice"(%v74) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v104 = "stablehlo.reshape"(%v103) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v105 = "stablehlo.transpose"(%v104) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v106 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v107 = "stablehlo.reshape"(%v102) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v108 = "stablehlo.reshape"(%v105) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v109 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v110 = "stablehlo.multiply"(%v17, %v109) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v111 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v112 = "stablehlo.reshape"(%v111) : (tensor<1xi32>) -> tensor<i32>
    %v113 = "stablehlo.slice"(%v107) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v114 = "stablehlo.dynamic_update_slice"(%v19, %v113, %v110, %v112, %v106) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v115 = "stablehlo.slice"(%v108) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v116 = "stablehlo.dynamic_update_slice"(%v21, %v115, %v110, %v112, %v106) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v117 = "stablehlo.reshape"(%v88) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v118 = "stablehlo.reshape"(%v117) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v119 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v120 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v121 = "stablehlo.reshape"(%v118) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v122 = "stablehlo.custom_call"(%v121, %v114, %v116, %v16, %v120, %v119) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v123 = "stablehlo.reshape"(%v122) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v125 = "stablehlo.transpose"(%v124) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v126 = "stablehlo.reshape"(%v125) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v127 = "stablehlo.reshape"(%v126) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v128 = "stablehlo.custom_call"(%v127, %v3) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v129 = "stablehlo.reshape"(%v128) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v130 = "stablehlo.add"(%v53, %v129) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v131 = "stablehlo.multiply"(%v130, %v130) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v132 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v136 = "stablehlo.reduce"(%v131, %v132) ({
      ^bb0(%v133: tensor<f32>, %v134: tensor<f32>):
        %v135 = "stablehlo.add"(%v133, %v134) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v135) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v137 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v138 = "stablehlo.broadcast_in_dim"(%v137) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v139 = "stablehlo.divide"(%v136, %v138) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v140 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v141 = "stablehlo.broadcast_in_dim"(%v140) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v142 = "stablehlo.add"(%v139, %v141) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v143 = "stablehlo.rsqrt"(%v142) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v144 = "stablehlo.reshape"(%v143) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v145 = "stablehlo.broadcast_in_dim"(%v144) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v146 = "stablehlo.multiply"(%v130, %v145) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v147 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v148 = "stablehlo.multiply"(%v146, %v147) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v149 = "stablehlo.reshape"(%v148) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v150 = "stablehlo.custom_call"(%v149, %v5) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v151 = "stablehlo.reshape"(%v150) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v152 = "stablehlo.slice"(%v151) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v153 = "stablehlo.slice"(%v151) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v154 = "stablehlo.logistic"(%v152) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v155 = "stablehlo.multiply"(%v152, %v154) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v156 = "stablehlo.multiply"(%v155, %v153) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v157 = "stablehlo.reshape"(%v156) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v158 = "stablehlo.custom_call"(%v157, %v6) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v159 = "stablehlo.reshape"(%v158) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v160 = "stablehlo.add"(%v130, %v159) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v161 = "stablehlo.multiply"(%v160, %v160) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v162 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v166 = "stablehlo.reduce"(%v161, %v162) ({
      ^bb0(%v163: tensor<f32>, %v164: tensor<f32>):
        %v165 = "stablehlo.add"(%v163, %v164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v165) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v167 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v168 = "stablehlo.broadcast_in_dim"(%v167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v169 = "stablehlo.divide"(%v166, %v168) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v170 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v171 = "stablehlo.broadcast_in_dim"(%v170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v172 = "stablehlo.add"(%v169, %v171) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v173 = "stablehlo.rsqrt"(%v172) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v174 = "stablehlo.reshape"(%v173) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v175 = "stablehlo.broadcast_in_dim"(%v174) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v176 = "stablehlo.multiply"(%v160, %v175) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v177 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v178 = "stablehlo.multiply"(%v176, %v177) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v179 = "stablehlo.reshape"(%v178) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v180 = "stablehlo.custom_call"(%v179, %v8) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v181 = "stablehlo.reshape"(%v180) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v182 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v183 = "stablehlo.reshape"(%v182) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v184 = "stablehlo.transpose"(%v183) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v185 = "stablehlo.slice"(%v184) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v186 = "stablehlo.slice"(%v184) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v187 = "stablehlo.negate"(%v186) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v188 = "stablehlo.concatenate"(%v187, %v185) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v189 = "stablehlo.reshape"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v190 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v191 = "stablehlo.broadcast_in_dim"(%v189) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v192 = "stablehlo.multiply"(%v184, %v191) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v193 = "stablehlo.broadcast_in_dim"(%v190) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v194 = "stablehlo.multiply"(%v188, %v193) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v195 = "stablehlo.add"(%v192, %v194) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v196 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v197 = "stablehlo.reshape"(%v196) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v198 = "stablehlo.transpose"(%v197) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v199 = "stablehlo.slice"(%v198) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v200 = "stablehlo.slice"(%v198) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v201 = "stablehlo.negate"(%v200) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v202 = "stablehlo.concatenate"(%v201, %v199) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v203 = "stablehlo.reshape"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v204 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v205 = "stablehlo.broadcast_in_dim"(%v203) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v206 = "stablehlo.multiply"(%v198, %v205) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v207 = "stablehlo.broadcast_in_dim"(%v204) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v208 = "stablehlo.multiply"(%v202, %v207) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v209 = "stablehlo.add"(%v206, %v208) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v210 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v211 = "stablehlo.reshape"(%v210) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v212 = "stablehlo.transpose"(%v211) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v213 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v214 = "stablehlo.reshape"(%v209) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v215 = "stablehlo.reshape"(%v212) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v216 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v217 = "stablehlo.multiply"(%v17, %v216) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v218 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v219 = "stablehlo.reshape"(%v218) : (tensor<1xi32>) -> tensor<i32>
    %v220 = "stablehlo.slice"(%v214) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v221 = "stablehlo.dynamic_update_slice"(%v20, %v220, %v217, %v219, %v213) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v222 = "stablehlo.slice"(%v215) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v223 = "stablehlo.dynamic_update_slice"(%v22, %v222, %v217, %v219, %v213) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v224 = "stablehlo.reshape"(%v195) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v225 = "stablehlo.reshape"(%v224) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v226 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v227 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v228 = "stablehlo.reshape"(%v225) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v229 = "stablehlo.custom_call"(%v228, %v221, %v223, %v16, %v227, %v226) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v230 = "stablehlo.reshape"(%v229) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v231 = "stablehlo.reshape"(%v230) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v232 = "stablehlo.transpose"(%v231) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v233 = "stablehlo.reshape"(%v232) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v234 = "stablehlo.reshape"(%v233) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v235 = "stablehlo.custom_call"(%v234, %v9) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v236 = "stablehlo.reshape"(%v235) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v237 = "stablehlo.add"(%v160, %v236) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v238 = "stablehlo.multiply"(%v237, %v237) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v239 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v243 = "stablehlo.reduce"(%v238, %v239) ({
      ^bb0(%v240: tensor<f32>, %v241: tensor<f32>):
        %v242 = "stablehlo.add"(%v240, %v241) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v242) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v244 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v245 = "stablehlo.broadcast_in_dim"(%v244) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v246 = "stablehlo.divide"(%v243, %v245) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v247 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v248 = "stablehlo.broadcast_in_dim"(%v247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v249 = "stablehlo.add"(%v246, %v248) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v250 = "stablehlo.rsqrt"(%v249) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v251 = "stablehlo.reshape"(%v250) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v252 = "stablehlo.broadcast_in_dim"(%v251) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v253 = "stablehlo.multiply"(%v237, %v252) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v254 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v255 = "stablehlo.multiply"(%v253, %v254) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v256 = "stablehlo.reshape"(%v255) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v257 = "stablehlo.custom_call"(%v256, %v11) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v258 = "stablehlo.reshape"(%v257) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v259 = "stablehlo.slice"(%v258) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v260 = "stablehlo.slice"(%v258) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v261 = "stablehlo.logistic"(%v259) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v262 = "stablehlo.multiply"(%v259, %v261) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v263 = "stablehlo.multiply"(%v262, %v260) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v264 = "stablehlo.reshape"(%v263) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v265 = "stablehlo.custom_call"(%v264, %v12) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v266 = "stablehlo.reshape"(%v265) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v267 = "stablehlo.add"(%v237, %v266) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v268 = "stablehlo.multiply"(%v267, %v267) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v269 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v273 = "stablehlo.reduce"(%v268, %v269) ({
      ^bb0(%v270: tensor<f32>, %v271: tensor<f32>):
        %v272 = "stablehlo.add"(%v270, %v271) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v272) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v274 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v275 = "stablehlo.broadcast_in_dim"(%v274) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v276 = "stablehlo.divide"(%v273, %v275) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v277 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v278 = "stablehlo.broadcast_in_dim"(%v277) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v279 = "stablehlo.add"(%v276, %v278) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v280 = "stablehlo.rsqrt"(%v279) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v281 = "stablehlo.reshape"(%v280) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v282 = "stablehlo.broadcast_in_dim"(%v281) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v283 = "stablehlo.multiply"(%v267, %v282) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v284 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v285 = "stablehlo.multiply"(%v283, %v284) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v286 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v287 = "stablehlo.dynamic_slice"(%v285, %v286, %v18, %v286) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v288 = "stablehlo.reshape"(%v287) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v289 = "stablehlo.custom_call"(%v288, %v14) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
    %v290 = "stablehlo.reshape"(%v289) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v291 = "stablehlo.reshape"(%v290) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v292 = "stablehlo.reshape"(%v23) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v293 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v294 = "stablehlo.broadcast_in_dim"(%v293) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v295 = "stablehlo.compare"(%v292, %v294) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v296 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v297 = "stablehlo.broadcast_in_dim"(%v296) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v298 = "stablehlo.select"(%v295, %v297, %v292) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v299 = "stablehlo.broadcast_in_dim"(%v298) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v300 = "stablehlo.divide"(%v291, %v299) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v301 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v307, %v308 = "stablehlo.sort"(%v300, %v301) ({
      ^bb0(%v302: tensor<f32>, %v303: tensor<f32>, %v304: tensor<i32>, %v305: tensor<i32>):
        %v306 = "stablehlo.compare"(%v302, %v303) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v306) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v309 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v310 = "stablehlo.reshape"(%v24) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v311 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v312 = "stablehlo.broadcast_in_dim"(%v311) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v313 = "stablehlo.compare"(%v310, %v312) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %v314 = "stablehlo.broadcast_in_dim"(%v310) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v315 = "stablehlo.compare"(%v309, %v314) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v316 = "stablehlo.broadcast_in_dim"(%v313) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi1>) -> tensor<1x96xi1>
    %v317 = "stablehlo.or"(%v315, %v316) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v318 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v322 = "stablehlo.reduce"(%v307, %v318) ({
      ^bb0(%v319: tensor<f32>, %v320: tensor<f32>):
        %v321 = "stablehlo.maximum"(%v319, %v320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v321) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v323 = "stablehlo.reshape"(%v322) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v324 = "stablehlo.broadcast_in_dim"(%v323) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v325 = "stablehlo.subtract"(%v307, %v324) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v326 = "stablehlo.exponential"(%v325) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v327 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v331 = "stablehlo.reduce"(%v326, %v327) ({
      ^bb0(%v328: tensor<f32>, %v329: tensor<f32>):
        %v330 = "stablehlo.add"(%v328, %v329) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v330) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v332 = "stablehlo.reshape"(%v331) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v333 = "stablehlo.broadcast_in_dim"(%v332) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v334 = "stablehlo.divide"(%v326, %v333) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v335 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v336 = "stablehlo.slice"(%v334) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v337 = "stablehlo.concatenate"(%v335, %v336) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v338 = "stablehlo.add"(%v334, %v337) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v339 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v340 = "stablehlo.slice"(%v338) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v341 = "stablehlo.concatenate"(%v339, %v340) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v342 = "stablehlo.add"(%v338, %v341) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v343 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v344 = "stablehlo.slice"(%v342) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v345 = "stablehlo.concatenate"(%v343, %v344) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v346 = "stablehlo.add"(%v342, %v345) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v347 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v348 = "stablehlo.slice"(%v346) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v349 = "stablehlo.concatenate"(%v347, %v348) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v350 = "stablehlo.add"(%v346, %v349) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v351 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v352 = "stablehlo.slice"(%v350) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v353 = "stablehlo.concatenate"(%v351, %v352) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v354 = "stablehlo.add"(%v350, %v353) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v355 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v356 = "stablehlo.slice"(%v354) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v357 = "stablehlo.concatenate"(%v355, %v356) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v358 = "stablehlo.add"(%v354, %v357) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v359 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v360 = "stablehlo.slice"(%v358) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v361 = "stablehlo.concatenate"(%v359, %v360) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v362 = "stablehlo.add"(%v358, %v361) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v363 = "stablehlo.subtract"(%v362, %v334) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v364 = "stablehlo.reshape"(%v25) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v365 = "stablehlo.broadcast_in_dim"(%v364) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v366 = "stablehlo.compare"(%v363, %v365) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v367 = "stablehlo.and"(%v317, %v366) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v368 = "stablehlo.slice"(%v26) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v369 = "stablehlo.slice"(%v26) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v370 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
    %v371 = "stablehlo.broadcast_in_dim"(%v370) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v372 = "stablehlo.xor"(%v368, %v371) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v373 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v374 = "stablehlo.broadcast_in_dim"(%v373) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v375 = "stablehlo.shift_right_logical"(%v372, %v374) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v376 = "stablehlo.xor"(%v372, %v375) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v377 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v378 = "stablehlo.broadcast_in_dim"(%v377) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v379 = "stablehlo.multiply"(%v376, %v378) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v380 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v381 = "stablehlo.broadcast_in_dim"(%v380) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v382 = "stablehlo.shift_right_logical"(%v379, %v381) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v383 = "stablehlo.xor"(%v379, %v382) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v384 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v385 = "stablehlo.broadcast_in_dim"(%v384) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v386 = "stablehlo.multiply"(%v383, %v385) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v387 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v388 = "stablehlo.broadcast_in_dim"(%v387) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v389 = "stablehlo.shift_right_logical"(%v386, %v388) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v390 = "stablehlo.xor"(%v386, %v389) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v391 = "stablehlo.slice"(%v26) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v392 = "stablehlo.xor"(%v390, %v391) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v393 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v394 = "stablehlo.broadcast_in_dim"(%v393) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v395 = "stablehlo.shift_right_logical"(%v392, %v394) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v396 = "stablehlo.xor"(%v392, %v395) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v397 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v398 = "stablehlo.broadcast_in_dim"(%v397) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v399 = "stablehlo.multiply"(%v396, %v398) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v400 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v401 = "stablehlo.broadcast_in_dim"(%v400) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v402 = "stablehlo.shift_right_logical"(%v399, %v401) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v403 = "stablehlo.xor"(%v399, %v402) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v404 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v405 = "stablehlo.broadcast_in_dim"(%v404) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v406 = "stablehlo.multiply"(%v403, %v405) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v407 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v408 = "stablehlo.broadcast_in_dim"(%v407) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v409 = "stablehlo.shift_right_logical"(%v406, %v408) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v410 = "stablehlo.xor"(%v406, %v409) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v411 = "stablehlo.slice"(%v26) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v412 = "stablehlo.xor"(%v410, %v411) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v413 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v414 = "stablehlo.broadcast_in_dim"(%v413) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v415 = "stablehlo.shift_right_logical"(%v412, %v414) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v416 = "stablehlo.xor"(%v412, %v415) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v417 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v418 = "stablehlo.broadcast_in_dim"(%v417) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v419 = "stablehlo.multiply"(%v416, %v418) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v420 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v421 = "stablehlo.broadcast_in_dim"(%v420) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v422 = "stablehlo.shift_right_logical"(%v419, %v421) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v423 = "stablehlo.xor"(%v419, %v422) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v424 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v425 = "stablehlo.broadcast_in_dim"(%v424) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v426 = "stablehlo.multiply"(%v423, %v425) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v427 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v428 = "stablehlo.broadcast_in_dim"(%v427) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v429 = "stablehlo.shift_right_logical"(%v426, %v428) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v430 = "stablehlo.xor"(%v426, %v429) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v431 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
    %v432 = "stablehlo.broadcast_in_dim"(%v430) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v433 = "stablehlo.xor"(%v431, %v432) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v434 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v435 = "stablehlo.broadcast_in_dim"(%v434) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v436 = "stablehlo.shift_right_logical"(%v433, %v435) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v437 = "stablehlo.xor"(%v433, %v436) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v438 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v439 = "stablehlo.broadcast_in_dim"(%v438) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v440 = "stablehlo.multiply"(%v437, %v439) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v441 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v442 = "stablehlo.broadcast_in_dim"(%v441) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v443 = "stablehlo.shift_right_logical"(%v440, %v442) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v444 = "stablehlo.xor"(%v440, %v443) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v445 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v446 = "stablehlo.broadcast_in_dim"(%v445) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v447 = "stablehlo.multiply"(%v444, %v446) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v448 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v449 = "stablehlo.broadcast_in_dim"(%v448) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v450 = "stablehlo.shift_right_logical"(%v447, %v449) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v451 = "stablehlo.xor"(%v447, %v450) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v452 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
    %v453 = "stablehlo.broadcast_in_dim"(%v452) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v454 = "stablehlo.add"(%v451, %v453) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v455 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v456 = "stablehlo.broadcast_in_dim"(%v455) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v457 = "stablehlo.shift_right_logical"(%v454, %v456) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v458 = "stablehlo.xor"(%v454, %v457) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v459 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v460 = "stablehlo.broadcast_in_dim"(%v459) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v461 = "stablehlo.multiply"(%v458, %v460) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v462 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v463 = "stablehlo.broadcast_in_dim"(%v462) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v464 = "stablehlo.shift_right_logical"(%v461, %v463) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v465 = "stablehlo.xor"(%v461, %v464) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v466 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v467 = "stablehlo.broadcast_in_dim"(%v466) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v468 = "stablehlo.multiply"(%v465, %v467) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v469 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v470 = "stablehlo.broadcast_in_dim"(%v469) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v471 = "stablehlo.shift_right_logical"(%v468, %v470) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v472 = "stablehlo.xor"(%v468, %v471) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v473 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v474 = "stablehlo.broadcast_in_dim"(%v473) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v475 = "stablehlo.shift_right_logical"(%v472, %v474) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v476 = "stablehlo.convert"(%v475) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v477 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v478 = "stablehlo.broadcast_in_dim"(%v477) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v479 = "stablehlo.add"(%v476, %v478) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v480 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v481 = "stablehlo.broadcast_in_dim"(%v480) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v482 = "stablehlo.multiply"(%v479, %v481) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v483 = "stablehlo.log"(%v482) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v484 = "stablehlo.negate"(%v483) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v485 = "stablehlo.log"(%v484) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v486 = "stablehlo.negate"(%v485) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v487 = "stablehlo.add"(%v307, %v486) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v488 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v489 = "stablehlo.broadcast_in_dim"(%v488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v490 = "stablehlo.select"(%v367, %v487, %v489) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v491 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v492 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v493 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v505, %v506 = "stablehlo.reduce"(%v490, %v491, %v492, %v493) ({
      ^bb0(%v494: tensor<f32>, %v495: tensor<i32>, %v496: tensor<f32>, %v497: tensor<i32>):
        %v498 = "stablehlo.compare"(%v496, %v494) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v499 = "stablehlo.compare"(%v496, %v494) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v500 = "stablehlo.compare"(%v497, %v495) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v501 = "stablehlo.and"(%v499, %v500) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v502 = "stablehlo.or"(%v498, %v501) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v503 = "stablehlo.select"(%v502, %v496, %v494) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v504 = "stablehlo.select"(%v502, %v497, %v495) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v503, %v504) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v507 = "stablehlo.reshape"(%v506) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v508 = "stablehlo.broadcast_in_dim"(%v507) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v509 = "stablehlo.compare"(%v309, %v508) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v510 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v511 = "stablehlo.broadcast_in_dim"(%v510) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v512 = "stablehlo.select"(%v509, %v308, %v511) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v513 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v517 = "stablehlo.reduce"(%v512, %v513) ({
      ^bb0(%v514: tensor<i32>, %v515: tensor<i32>):
        %v516 = "stablehlo.add"(%v514, %v515) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v516) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v518 = "stablehlo.reshape"(%v295) : (tensor<1x1xi1>) -> tensor<1xi1>
    %v519 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v520 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v521 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v533, %v534 = "stablehlo.reduce"(%v291, %v519, %v520, %v521) ({
      ^bb0(%v522: tensor<f32>, %v523: tensor<i32>, %v524: tensor<f32>, %v525: tensor<i32>):
        %v526 = "stablehlo.compare"(%v524, %v522) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v527 = "stablehlo.compare"(%v524, %v522) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v528 = "stablehlo.compare"(%v525, %v523) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v529 = "stablehlo.and"(%v527, %v528) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v530 = "stablehlo.or"(%v526, %v529) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v531 = "stablehlo.select"(%v530, %v524, %v522) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v532 = "stablehlo.select"(%v530, %v525, %v523) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v531, %v532) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v535 = "stablehlo.select"(%v518, %v534, %v517) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v536 = "stablehlo.reshape"(%v535) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v536, %v114, %v221, %v116, %v223) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
