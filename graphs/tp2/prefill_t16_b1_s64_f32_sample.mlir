module @prefill_t16_b1_s64_f32_sample attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(
      %v0: tensor<96x64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.embed_tokens.weight"},
      %v1: tensor<64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.layers.0.input_layernorm.weight"},
      %v2: tensor<128x64xf32> {mhlo.sharding = "{devices=[2,1]0,1}", xlagen.name = "model.layers.0.self_attn.qkv_proj.weight"},
      %v3: tensor<64x64xf32> {mhlo.sharding = "{devices=[1,2]0,1}", xlagen.name = "model.layers.0.self_attn.o_proj.weight"},
      %v4: tensor<64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.layers.0.post_attention_layernorm.weight"},
      %v5: tensor<320x64xf32> {mhlo.sharding = "{devices=[2,1]0,1}", xlagen.name = "model.layers.0.mlp.gate_up_proj.weight"},
      %v6: tensor<64x160xf32> {mhlo.sharding = "{devices=[1,2]0,1}", xlagen.name = "model.layers.0.mlp.down_proj.weight"},
      %v7: tensor<64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.layers.1.input_layernorm.weight"},
      %v8: tensor<128x64xf32> {mhlo.sharding = "{devices=[2,1]0,1}", xlagen.name = "model.layers.1.self_attn.qkv_proj.weight"},
      %v9: tensor<64x64xf32> {mhlo.sharding = "{devices=[1,2]0,1}", xlagen.name = "model.layers.1.self_attn.o_proj.weight"},
      %v10: tensor<64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.layers.1.post_attention_layernorm.weight"},
      %v11: tensor<320x64xf32> {mhlo.sharding = "{devices=[2,1]0,1}", xlagen.name = "model.layers.1.mlp.gate_up_proj.weight"},
      %v12: tensor<64x160xf32> {mhlo.sharding = "{devices=[1,2]0,1}", xlagen.name = "model.layers.1.mlp.down_proj.weight"},
      %v13: tensor<64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.norm.weight"},
      %v14: tensor<96x64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "lm_head.weight"},
      %v15: tensor<1x16xi32> {mhlo.sharding = "{replicated}", xlagen.name = "tokens"},
      %v16: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "start"},
      %v17: tensor<i32> {mhlo.sharding = "{replicated}", xlagen.name = "slot"},
      %v19: tensor<i32> {mhlo.sharding = "{replicated}", xlagen.name = "last"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "k_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "k_cache.1"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.0"},
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.1"},
      %v24: tensor<1xf32> {mhlo.sharding = "{replicated}", xlagen.name = "temperature"},
      %v25: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "top_k"},
      %v26: tensor<1xf32> {mhlo.sharding = "{replicated}", xlagen.name = "top_p"},
      %v27: tensor<1x3xui32> {mhlo.sharding = "{replicated}", xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32> {mhlo.sharding = "{replicated}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}) {
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
    %v74 = "stablehlo.dot_general"(%v2, %v73) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v75 = "stablehlo.transpose"(%v74) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v76 = "stablehlo.reshape"(%v75) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v77 = "stablehlo.reshape"(%v76) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v78 = "stablehlo.slice"(%v77) {limit_indices = array<i64: 1, 16, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x32xf32>
    %v79 = "stablehlo.reshape"(%v78) : (tensor<1x16x2x32xf32>) -> tensor<1x16x64xf32>
    %v80 = "stablehlo.reshape"(%v79) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v81 = "stablehlo.transpose"(%v80) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v82 = "stablehlo.slice"(%v81) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v83 = "stablehlo.slice"(%v81) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v84 = "stablehlo.negate"(%v83) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v85 = "stablehlo.concatenate"(%v84, %v82) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v86 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v87 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v88 = "stablehlo.broadcast_in_dim"(%v86) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v89 = "stablehlo.multiply"(%v81, %v88) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v90 = "stablehlo.broadcast_in_dim"(%v87) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v91 = "stablehlo.multiply"(%v85, %v90) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v92 = "stablehlo.add"(%v89, %v91) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v93 = "stablehlo.reshape"(%v76) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v94 = "stablehlo.slice"(%v93) {limit_indices = array<i64: 1, 16, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v95 = "stablehlo.reshape"(%v94) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v96 = "stablehlo.reshape"(%v95) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v97 = "stablehlo.transpose"(%v96) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v98 = "stablehlo.slice"(%v97) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v99 = "stablehlo.slice"(%v97) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v100 = "stablehlo.negate"(%v99) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v101 = "stablehlo.concatenate"(%v100, %v98) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v102 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v103 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v104 = "stablehlo.broadcast_in_dim"(%v102) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v105 = "stablehlo.multiply"(%v97, %v104) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v106 = "stablehlo.broadcast_in_dim"(%v103) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v107 = "stablehlo.multiply"(%v101, %v106) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v108 = "stablehlo.add"(%v105, %v107) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v109 = "stablehlo.reshape"(%v76) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v110 = "stablehlo.slice"(%v109) {limit_indices = array<i64: 1, 16, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v111 = "stablehlo.reshape"(%v110) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v112 = "stablehlo.reshape"(%v111) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v113 = "stablehlo.transpose"(%v112) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v114 = "stablehlo.reshape"(%v18) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v115 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v116 = "stablehlo.concatenate"(%v114, %v115) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v117 = "stablehlo.reshape"(%v20) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
    %v120 = "stablehlo.scatter"(%v117, %v116, %v108) ({
      ^bb0(%v118: tensor<f32>, %v119: tensor<f32>):
        "stablehlo.return"(%v119) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x16x16xf32>) -> tensor<1x2x64x16xf32>
    %v121 = "stablehlo.reshape"(%v120) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
    %v122 = "stablehlo.reshape"(%v22) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
    %v125 = "stablehlo.scatter"(%v122, %v116, %v113) ({
      ^bb0(%v123: tensor<f32>, %v124: tensor<f32>):
        "stablehlo.return"(%v124) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x16x16xf32>) -> tensor<1x2x64x16xf32>
    %v126 = "stablehlo.reshape"(%v125) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
    %v127 = "stablehlo.reshape"(%v92) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v128 = "stablehlo.reshape"(%v127) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v129 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v130 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v131 = "stablehlo.reshape"(%v130) : (tensor<1xi32>) -> tensor<i32>
    %v132 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v133 = "stablehlo.multiply"(%v131, %v132) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v134 = "stablehlo.dynamic_slice"(%v121, %v133, %v129, %v129) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v135 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v136 = "stablehlo.reshape"(%v135) : (tensor<1xi32>) -> tensor<i32>
    %v137 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v138 = "stablehlo.multiply"(%v136, %v137) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v139 = "stablehlo.dynamic_slice"(%v126, %v138, %v129, %v129) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v140 = "stablehlo.dot_general"(%v128, %v134) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v141 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v142 = "stablehlo.broadcast_in_dim"(%v141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v143 = "stablehlo.multiply"(%v140, %v142) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v144 = "stablehlo.reshape"(%v143) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v145 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v146 = "stablehlo.broadcast_in_dim"(%v145) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v147 = "stablehlo.broadcast_in_dim"(%v53) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v148 = "stablehlo.select"(%v147, %v144, %v146) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v149 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v153 = "stablehlo.reduce"(%v148, %v149) ({
      ^bb0(%v150: tensor<f32>, %v151: tensor<f32>):
        %v152 = "stablehlo.maximum"(%v150, %v151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v152) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v154 = "stablehlo.reshape"(%v153) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v155 = "stablehlo.broadcast_in_dim"(%v154) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v156 = "stablehlo.subtract"(%v148, %v155) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v157 = "stablehlo.exponential"(%v156) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v158 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v162 = "stablehlo.reduce"(%v157, %v158) ({
      ^bb0(%v159: tensor<f32>, %v160: tensor<f32>):
        %v161 = "stablehlo.add"(%v159, %v160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v161) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v163 = "stablehlo.reshape"(%v162) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v164 = "stablehlo.broadcast_in_dim"(%v163) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v165 = "stablehlo.divide"(%v157, %v164) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v166 = "stablehlo.reshape"(%v165) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v167 = "stablehlo.dot_general"(%v166, %v139) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v168 = "stablehlo.reshape"(%v167) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v169 = "stablehlo.transpose"(%v168) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v170 = "stablehlo.reshape"(%v169) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v171 = "stablehlo.reshape"(%v170) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v172 = "stablehlo.dot_general"(%v3, %v171) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v173 = "stablehlo.transpose"(%v172) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v174 = "stablehlo.reshape"(%v173) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v175 = "stablehlo.add"(%v54, %v174) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v176 = "stablehlo.multiply"(%v175, %v175) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v177 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v181 = "stablehlo.reduce"(%v176, %v177) ({
      ^bb0(%v178: tensor<f32>, %v179: tensor<f32>):
        %v180 = "stablehlo.add"(%v178, %v179) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v180) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v182 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v183 = "stablehlo.broadcast_in_dim"(%v182) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v184 = "stablehlo.divide"(%v181, %v183) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v185 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v186 = "stablehlo.broadcast_in_dim"(%v185) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v187 = "stablehlo.add"(%v184, %v186) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v188 = "stablehlo.rsqrt"(%v187) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v189 = "stablehlo.reshape"(%v188) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v190 = "stablehlo.broadcast_in_dim"(%v189) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v191 = "stablehlo.multiply"(%v175, %v190) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v192 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v193 = "stablehlo.multiply"(%v191, %v192) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v194 = "stablehlo.reshape"(%v193) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v195 = "stablehlo.dot_general"(%v5, %v194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v196 = "stablehlo.transpose"(%v195) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v197 = "stablehlo.reshape"(%v196) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v198 = "stablehlo.reshape"(%v197) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v199 = "stablehlo.slice"(%v198) {limit_indices = array<i64: 1, 16, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v200 = "stablehlo.reshape"(%v199) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v201 = "stablehlo.reshape"(%v197) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v202 = "stablehlo.slice"(%v201) {limit_indices = array<i64: 1, 16, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v203 = "stablehlo.reshape"(%v202) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v204 = "stablehlo.logistic"(%v200) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v205 = "stablehlo.multiply"(%v200, %v204) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v206 = "stablehlo.multiply"(%v205, %v203) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v207 = "stablehlo.reshape"(%v206) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v208 = "stablehlo.dot_general"(%v6, %v207) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v209 = "stablehlo.transpose"(%v208) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v210 = "stablehlo.reshape"(%v209) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v211 = "stablehlo.add"(%v175, %v210) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v212 = "stablehlo.multiply"(%v211, %v211) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v213 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v217 = "stablehlo.reduce"(%v212, %v213) ({
      ^bb0(%v214: tensor<f32>, %v215: tensor<f32>):
        %v216 = "stablehlo.add"(%v214, %v215) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v216) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v218 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v219 = "stablehlo.broadcast_in_dim"(%v218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v220 = "stablehlo.divide"(%v217, %v219) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v221 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v222 = "stablehlo.broadcast_in_dim"(%v221) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v223 = "stablehlo.add"(%v220, %v222) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v224 = "stablehlo.rsqrt"(%v223) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v225 = "stablehlo.reshape"(%v224) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v226 = "stablehlo.broadcast_in_dim"(%v225) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v227 = "stablehlo.multiply"(%v211, %v226) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v228 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v229 = "stablehlo.multiply"(%v227, %v228) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v230 = "stablehlo.reshape"(%v229) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v231 = "stablehlo.dot_general"(%v8, %v230) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v232 = "stablehlo.transpose"(%v231) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v233 = "stablehlo.reshape"(%v232) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v234 = "stablehlo.reshape"(%v233) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v235 = "stablehlo.slice"(%v234) {limit_indices = array<i64: 1, 16, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x32xf32>
    %v236 = "stablehlo.reshape"(%v235) : (tensor<1x16x2x32xf32>) -> tensor<1x16x64xf32>
    %v237 = "stablehlo.reshape"(%v236) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v238 = "stablehlo.transpose"(%v237) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v239 = "stablehlo.slice"(%v238) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v240 = "stablehlo.slice"(%v238) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v241 = "stablehlo.negate"(%v240) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v242 = "stablehlo.concatenate"(%v241, %v239) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v243 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v244 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v245 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v246 = "stablehlo.multiply"(%v238, %v245) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v247 = "stablehlo.broadcast_in_dim"(%v244) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v248 = "stablehlo.multiply"(%v242, %v247) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v249 = "stablehlo.add"(%v246, %v248) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v250 = "stablehlo.reshape"(%v233) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v251 = "stablehlo.slice"(%v250) {limit_indices = array<i64: 1, 16, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v252 = "stablehlo.reshape"(%v251) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v253 = "stablehlo.reshape"(%v252) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v254 = "stablehlo.transpose"(%v253) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v255 = "stablehlo.slice"(%v254) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v256 = "stablehlo.slice"(%v254) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v257 = "stablehlo.negate"(%v256) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v258 = "stablehlo.concatenate"(%v257, %v255) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v259 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v260 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v261 = "stablehlo.broadcast_in_dim"(%v259) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v262 = "stablehlo.multiply"(%v254, %v261) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v263 = "stablehlo.broadcast_in_dim"(%v260) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v264 = "stablehlo.multiply"(%v258, %v263) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v265 = "stablehlo.add"(%v262, %v264) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v266 = "stablehlo.reshape"(%v233) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v267 = "stablehlo.slice"(%v266) {limit_indices = array<i64: 1, 16, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v268 = "stablehlo.reshape"(%v267) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v269 = "stablehlo.reshape"(%v268) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v270 = "stablehlo.transpose"(%v269) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v271 = "stablehlo.reshape"(%v18) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v272 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v273 = "stablehlo.concatenate"(%v271, %v272) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v274 = "stablehlo.reshape"(%v21) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
    %v277 = "stablehlo.scatter"(%v274, %v273, %v265) ({
      ^bb0(%v275: tensor<f32>, %v276: tensor<f32>):
        "stablehlo.return"(%v276) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x16x16xf32>) -> tensor<1x2x64x16xf32>
    %v278 = "stablehlo.reshape"(%v277) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
    %v279 = "stablehlo.reshape"(%v23) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
    %v282 = "stablehlo.scatter"(%v279, %v273, %v270) ({
      ^bb0(%v280: tensor<f32>, %v281: tensor<f32>):
        "stablehlo.return"(%v281) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x16x16xf32>) -> tensor<1x2x64x16xf32>
    %v283 = "stablehlo.reshape"(%v282) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
    %v284 = "stablehlo.reshape"(%v249) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v285 = "stablehlo.reshape"(%v284) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v286 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v287 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v288 = "stablehlo.reshape"(%v287) : (tensor<1xi32>) -> tensor<i32>
    %v289 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v290 = "stablehlo.multiply"(%v288, %v289) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v291 = "stablehlo.dynamic_slice"(%v278, %v290, %v286, %v286) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v292 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v293 = "stablehlo.reshape"(%v292) : (tensor<1xi32>) -> tensor<i32>
    %v294 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v295 = "stablehlo.multiply"(%v293, %v294) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v296 = "stablehlo.dynamic_slice"(%v283, %v295, %v286, %v286) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v297 = "stablehlo.dot_general"(%v285, %v291) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v298 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v299 = "stablehlo.broadcast_in_dim"(%v298) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v300 = "stablehlo.multiply"(%v297, %v299) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v301 = "stablehlo.reshape"(%v300) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v302 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v303 = "stablehlo.broadcast_in_dim"(%v302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v304 = "stablehlo.broadcast_in_dim"(%v53) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v305 = "stablehlo.select"(%v304, %v301, %v303) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v306 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v310 = "stablehlo.reduce"(%v305, %v306) ({
      ^bb0(%v307: tensor<f32>, %v308: tensor<f32>):
        %v309 = "stablehlo.maximum"(%v307, %v308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v309) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v311 = "stablehlo.reshape"(%v310) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v312 = "stablehlo.broadcast_in_dim"(%v311) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v313 = "stablehlo.subtract"(%v305, %v312) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v314 = "stablehlo.exponential"(%v313) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v315 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v319 = "stablehlo.reduce"(%v314, %v315) ({
      ^bb0(%v316: tensor<f32>, %v317: tensor<f32>):
        %v318 = "stablehlo.add"(%v316, %v317) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v318) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v320 = "stablehlo.reshape"(%v319) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v321 = "stablehlo.broadcast_in_dim"(%v320) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v322 = "stablehlo.divide"(%v314, %v321) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v323 = "stablehlo.reshape"(%v322) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v324 = "stablehlo.dot_general"(%v323, %v296) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v325 = "stablehlo.reshape"(%v324) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v326 = "stablehlo.transpose"(%v325) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v327 = "stablehlo.reshape"(%v326) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v328 = "stablehlo.reshape"(%v327) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v329 = "stablehlo.dot_general"(%v9, %v328) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v330 = "stablehlo.transpose"(%v329) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v331 = "stablehlo.reshape"(%v330) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v332 = "stablehlo.add"(%v211, %v331) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v333 = "stablehlo.multiply"(%v332, %v332) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v334 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v338 = "stablehlo.reduce"(%v333, %v334) ({
      ^bb0(%v335: tensor<f32>, %v336: tensor<f32>):
        %v337 = "stablehlo.add"(%v335, %v336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v337) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v339 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v340 = "stablehlo.broadcast_in_dim"(%v339) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v341 = "stablehlo.divide"(%v338, %v340) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v342 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v343 = "stablehlo.broadcast_in_dim"(%v342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v344 = "stablehlo.add"(%v341, %v343) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v345 = "stablehlo.rsqrt"(%v344) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v346 = "stablehlo.reshape"(%v345) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v347 = "stablehlo.broadcast_in_dim"(%v346) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v348 = "stablehlo.multiply"(%v332, %v347) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v349 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v350 = "stablehlo.multiply"(%v348, %v349) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v351 = "stablehlo.reshape"(%v350) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v352 = "stablehlo.dot_general"(%v11, %v351) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v353 = "stablehlo.transpose"(%v352) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v354 = "stablehlo.reshape"(%v353) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v355 = "stablehlo.reshape"(%v354) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v356 = "stablehlo.slice"(%v355) {limit_indices = array<i64: 1, 16, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v357 = "stablehlo.reshape"(%v356) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v358 = "stablehlo.reshape"(%v354) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v359 = "stablehlo.slice"(%v358) {limit_indices = array<i64: 1, 16, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v360 = "stablehlo.reshape"(%v359) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v361 = "stablehlo.logistic"(%v357) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v362 = "stablehlo.multiply"(%v357, %v361) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v363 = "stablehlo.multiply"(%v362, %v360) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v364 = "stablehlo.reshape"(%v363) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v365 = "stablehlo.dot_general"(%v12, %v364) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v366 = "stablehlo.transpose"(%v365) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v367 = "stablehlo.reshape"(%v366) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v368 = "stablehlo.add"(%v332, %v367) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v369 = "stablehlo.multiply"(%v368, %v368) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v370 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v374 = "stablehlo.reduce"(%v369, %v370) ({
      ^bb0(%v371: tensor<f32>, %v372: tensor<f32>):
        %v373 = "stablehlo.add"(%v371, %v372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v373) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v375 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v376 = "stablehlo.broadcast_in_dim"(%v375) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v377 = "stablehlo.divide"(%v374, %v376) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v378 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v379 = "stablehlo.broadcast_in_dim"(%v378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v380 = "stablehlo.add"(%v377, %v379) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v381 = "stablehlo.rsqrt"(%v380) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v382 = "stablehlo.reshape"(%v381) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v383 = "stablehlo.broadcast_in_dim"(%v382) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v384 = "stablehlo.multiply"(%v368, %v383) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v385 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v386 = "stablehlo.multiply"(%v384, %v385) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v387 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v388 = "stablehlo.dynamic_slice"(%v386, %v387, %v19, %v387) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v389 = "stablehlo.reshape"(%v388) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v390 = "stablehlo.dot_general"(%v14, %v389) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v391 = "stablehlo.transpose"(%v390) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v392 = "stablehlo.reshape"(%v391) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v393 = "stablehlo.reshape"(%v392) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v394 = "stablehlo.reshape"(%v24) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v395 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v396 = "stablehlo.broadcast_in_dim"(%v395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v397 = "stablehlo.compare"(%v394, %v396) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v398 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v399 = "stablehlo.broadcast_in_dim"(%v398) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v400 = "stablehlo.select"(%v397, %v399, %v394) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v401 = "stablehlo.broadcast_in_dim"(%v400) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v402 = "stablehlo.divide"(%v393, %v401) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v403 = "stablehlo.bitcast_convert"(%v402) : (tensor<1x96xf32>) -> tensor<1x96xui32>
    %v404 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
    %v405 = "stablehlo.broadcast_in_dim"(%v404) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v406 = "stablehlo.compare"(%v403, %v405) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
    %v407 = "stablehlo.constant"() {value = dense<4294967295> : tensor<ui32>} : () -> tensor<ui32>
    %v408 = "stablehlo.broadcast_in_dim"(%v407) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v409 = "stablehlo.xor"(%v403, %v408) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v410 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
    %v411 = "stablehlo.broadcast_in_dim"(%v410) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v412 = "stablehlo.or"(%v403, %v411) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v413 = "stablehlo.select"(%v406, %v409, %v412) : (tensor<1x96xi1>, tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v414 = "stablehlo.reshape"(%v25) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v415 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v416 = "stablehlo.broadcast_in_dim"(%v415) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v417 = "stablehlo.compare"(%v414, %v416) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %v418 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v419 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v420 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v459, %v460, %v461, %v462, %v463 = "stablehlo.while"(%v418, %v419, %v420, %v413, %v414) ({
      ^bb0(%v421: tensor<i32>, %v422: tensor<1x1xui32>, %v423: tensor<1x1xui32>, %v457: tensor<1x96xui32>, %v458: tensor<1x1xi32>):
        %v424 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
        %v425 = "stablehlo.compare"(%v421, %v424) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v425) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v427: tensor<i32>, %v428: tensor<1x1xui32>, %v429: tensor<1x1xui32>, %v436: tensor<1x96xui32>, %v445: tensor<1x1xi32>):
        %v430 = "stablehlo.subtract"(%v429, %v428) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v431 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v432 = "stablehlo.broadcast_in_dim"(%v431) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v433 = "stablehlo.shift_right_logical"(%v430, %v432) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v434 = "stablehlo.add"(%v428, %v433) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v435 = "stablehlo.broadcast_in_dim"(%v434) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v437 = "stablehlo.compare"(%v436, %v435) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v438 = "stablehlo.convert"(%v437) : (tensor<1x96xi1>) -> tensor<1x96xi32>
        %v439 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v443 = "stablehlo.reduce"(%v438, %v439) ({
          ^bb0(%v440: tensor<i32>, %v441: tensor<i32>):
            %v442 = "stablehlo.add"(%v440, %v441) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v442) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v444 = "stablehlo.reshape"(%v443) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v446 = "stablehlo.compare"(%v444, %v445) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v447 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v448 = "stablehlo.add"(%v427, %v447) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v449 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v450 = "stablehlo.broadcast_in_dim"(%v449) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v451 = "stablehlo.add"(%v434, %v450) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v452 = "stablehlo.select"(%v446, %v428, %v451) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v453 = "stablehlo.select"(%v446, %v434, %v429) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        "stablehlo.return"(%v448, %v452, %v453, %v436, %v445) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>)
    %v464 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
    %v465 = "stablehlo.broadcast_in_dim"(%v464) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v466 = "stablehlo.select"(%v417, %v465, %v461) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v467 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v471 = "stablehlo.reduce"(%v402, %v467) ({
      ^bb0(%v468: tensor<f32>, %v469: tensor<f32>):
        %v470 = "stablehlo.maximum"(%v468, %v469) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v470) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v472 = "stablehlo.reshape"(%v471) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v473 = "stablehlo.broadcast_in_dim"(%v472) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v474 = "stablehlo.subtract"(%v402, %v473) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v475 = "stablehlo.exponential"(%v474) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v476 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v480 = "stablehlo.reduce"(%v475, %v476) ({
      ^bb0(%v477: tensor<f32>, %v478: tensor<f32>):
        %v479 = "stablehlo.add"(%v477, %v478) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v479) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v481 = "stablehlo.reshape"(%v480) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v482 = "stablehlo.broadcast_in_dim"(%v481) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v483 = "stablehlo.divide"(%v475, %v482) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v484 = "stablehlo.reshape"(%v26) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v485 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v486 = "stablehlo.broadcast_in_dim"(%v485) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v487 = "stablehlo.compare"(%v484, %v486) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v488 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v489 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v490 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v491 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v535, %v536, %v537, %v538, %v539, %v540, %v541 = "stablehlo.while"(%v489, %v490, %v491, %v413, %v488, %v483, %v484) ({
      ^bb0(%v492: tensor<i32>, %v493: tensor<1x1xui32>, %v494: tensor<1x1xui32>, %v531: tensor<1x96xui32>, %v532: tensor<f32>, %v533: tensor<1x96xf32>, %v534: tensor<1x1xf32>):
        %v495 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
        %v496 = "stablehlo.compare"(%v492, %v495) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v496) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v498: tensor<i32>, %v499: tensor<1x1xui32>, %v500: tensor<1x1xui32>, %v507: tensor<1x96xui32>, %v509: tensor<f32>, %v511: tensor<1x96xf32>, %v519: tensor<1x1xf32>):
        %v501 = "stablehlo.subtract"(%v500, %v499) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v502 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v503 = "stablehlo.broadcast_in_dim"(%v502) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v504 = "stablehlo.shift_right_logical"(%v501, %v503) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v505 = "stablehlo.add"(%v499, %v504) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v506 = "stablehlo.broadcast_in_dim"(%v505) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v508 = "stablehlo.compare"(%v507, %v506) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v510 = "stablehlo.broadcast_in_dim"(%v509) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v512 = "stablehlo.select"(%v508, %v511, %v510) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v513 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v517 = "stablehlo.reduce"(%v512, %v513) ({
          ^bb0(%v514: tensor<f32>, %v515: tensor<f32>):
            %v516 = "stablehlo.add"(%v514, %v515) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v516) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v518 = "stablehlo.reshape"(%v517) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v520 = "stablehlo.compare"(%v518, %v519) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v521 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v522 = "stablehlo.add"(%v498, %v521) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v523 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v524 = "stablehlo.broadcast_in_dim"(%v523) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v525 = "stablehlo.add"(%v505, %v524) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v526 = "stablehlo.select"(%v520, %v499, %v525) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v527 = "stablehlo.select"(%v520, %v505, %v500) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        "stablehlo.return"(%v522, %v526, %v527, %v507, %v509, %v511, %v519) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> ()
    }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>)
    %v542 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
    %v543 = "stablehlo.broadcast_in_dim"(%v542) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v544 = "stablehlo.select"(%v487, %v543, %v537) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v545 = "stablehlo.maximum"(%v466, %v544) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v546 = "stablehlo.broadcast_in_dim"(%v545) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v547 = "stablehlo.compare"(%v413, %v546) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
    %v548 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v549 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v550 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
    %v551 = "stablehlo.broadcast_in_dim"(%v550) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v552 = "stablehlo.xor"(%v548, %v551) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v553 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v554 = "stablehlo.broadcast_in_dim"(%v553) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v555 = "stablehlo.shift_right_logical"(%v552, %v554) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v556 = "stablehlo.xor"(%v552, %v555) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v557 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v558 = "stablehlo.broadcast_in_dim"(%v557) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v559 = "stablehlo.multiply"(%v556, %v558) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v560 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v561 = "stablehlo.broadcast_in_dim"(%v560) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v562 = "stablehlo.shift_right_logical"(%v559, %v561) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v563 = "stablehlo.xor"(%v559, %v562) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v564 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v565 = "stablehlo.broadcast_in_dim"(%v564) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v566 = "stablehlo.multiply"(%v563, %v565) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v567 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v568 = "stablehlo.broadcast_in_dim"(%v567) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v569 = "stablehlo.shift_right_logical"(%v566, %v568) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v570 = "stablehlo.xor"(%v566, %v569) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v571 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v572 = "stablehlo.xor"(%v570, %v571) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v573 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v574 = "stablehlo.broadcast_in_dim"(%v573) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v575 = "stablehlo.shift_right_logical"(%v572, %v574) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v576 = "stablehlo.xor"(%v572, %v575) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v577 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v578 = "stablehlo.broadcast_in_dim"(%v577) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v579 = "stablehlo.multiply"(%v576, %v578) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v580 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v581 = "stablehlo.broadcast_in_dim"(%v580) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v582 = "stablehlo.shift_right_logical"(%v579, %v581) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v583 = "stablehlo.xor"(%v579, %v582) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v584 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v585 = "stablehlo.broadcast_in_dim"(%v584) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v586 = "stablehlo.multiply"(%v583, %v585) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v587 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v588 = "stablehlo.broadcast_in_dim"(%v587) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v589 = "stablehlo.shift_right_logical"(%v586, %v588) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v590 = "stablehlo.xor"(%v586, %v589) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v591 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v592 = "stablehlo.xor"(%v590, %v591) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v593 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v594 = "stablehlo.broadcast_in_dim"(%v593) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v595 = "stablehlo.shift_right_logical"(%v592, %v594) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v596 = "stablehlo.xor"(%v592, %v595) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v597 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v598 = "stablehlo.broadcast_in_dim"(%v597) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v599 = "stablehlo.multiply"(%v596, %v598) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v600 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v601 = "stablehlo.broadcast_in_dim"(%v600) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v602 = "stablehlo.shift_right_logical"(%v599, %v601) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v603 = "stablehlo.xor"(%v599, %v602) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v604 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v605 = "stablehlo.broadcast_in_dim"(%v604) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v606 = "stablehlo.multiply"(%v603, %v605) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v607 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v608 = "stablehlo.broadcast_in_dim"(%v607) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v609 = "stablehlo.shift_right_logical"(%v606, %v608) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v610 = "stablehlo.xor"(%v606, %v609) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v611 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
    %v612 = "stablehlo.broadcast_in_dim"(%v610) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v613 = "stablehlo.xor"(%v611, %v612) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v614 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v615 = "stablehlo.broadcast_in_dim"(%v614) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v616 = "stablehlo.shift_right_logical"(%v613, %v615) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v617 = "stablehlo.xor"(%v613, %v616) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v618 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v619 = "stablehlo.broadcast_in_dim"(%v618) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v620 = "stablehlo.multiply"(%v617, %v619) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v621 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v622 = "stablehlo.broadcast_in_dim"(%v621) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v623 = "stablehlo.shift_right_logical"(%v620, %v622) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v624 = "stablehlo.xor"(%v620, %v623) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v625 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v626 = "stablehlo.broadcast_in_dim"(%v625) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v627 = "stablehlo.multiply"(%v624, %v626) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v628 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v629 = "stablehlo.broadcast_in_dim"(%v628) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v630 = "stablehlo.shift_right_logical"(%v627, %v629) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v631 = "stablehlo.xor"(%v627, %v630) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v632 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
    %v633 = "stablehlo.broadcast_in_dim"(%v632) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v634 = "stablehlo.add"(%v631, %v633) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v635 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v636 = "stablehlo.broadcast_in_dim"(%v635) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v637 = "stablehlo.shift_right_logical"(%v634, %v636) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v638 = "stablehlo.xor"(%v634, %v637) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v639 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v640 = "stablehlo.broadcast_in_dim"(%v639) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v641 = "stablehlo.multiply"(%v638, %v640) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v642 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v643 = "stablehlo.broadcast_in_dim"(%v642) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v644 = "stablehlo.shift_right_logical"(%v641, %v643) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v645 = "stablehlo.xor"(%v641, %v644) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v646 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v647 = "stablehlo.broadcast_in_dim"(%v646) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v648 = "stablehlo.multiply"(%v645, %v647) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v649 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v650 = "stablehlo.broadcast_in_dim"(%v649) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v651 = "stablehlo.shift_right_logical"(%v648, %v650) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v652 = "stablehlo.xor"(%v648, %v651) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v653 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v654 = "stablehlo.broadcast_in_dim"(%v653) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v655 = "stablehlo.shift_right_logical"(%v652, %v654) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v656 = "stablehlo.convert"(%v655) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v657 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v658 = "stablehlo.broadcast_in_dim"(%v657) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v659 = "stablehlo.add"(%v656, %v658) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v660 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v661 = "stablehlo.broadcast_in_dim"(%v660) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v662 = "stablehlo.multiply"(%v659, %v661) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v663 = "stablehlo.log"(%v662) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v664 = "stablehlo.negate"(%v663) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v665 = "stablehlo.log"(%v664) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v666 = "stablehlo.negate"(%v665) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v667 = "stablehlo.add"(%v402, %v666) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v668 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v669 = "stablehlo.broadcast_in_dim"(%v668) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v670 = "stablehlo.select"(%v547, %v667, %v669) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v671 = "stablehlo.reshape"(%v397) : (tensor<1x1xi1>) -> tensor<1xi1>
    %v672 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v673 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v674 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v686, %v687 = "stablehlo.reduce"(%v393, %v672, %v673, %v674) ({
      ^bb0(%v675: tensor<f32>, %v676: tensor<i32>, %v677: tensor<f32>, %v678: tensor<i32>):
        %v679 = "stablehlo.compare"(%v677, %v675) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v680 = "stablehlo.compare"(%v677, %v675) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v681 = "stablehlo.compare"(%v678, %v676) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v682 = "stablehlo.and"(%v680, %v681) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v683 = "stablehlo.or"(%v679, %v682) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v684 = "stablehlo.select"(%v683, %v677, %v675) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v685 = "stablehlo.select"(%v683, %v678, %v676) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v684, %v685) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v688 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v689 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v690 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v702, %v703 = "stablehlo.reduce"(%v670, %v688, %v689, %v690) ({
      ^bb0(%v691: tensor<f32>, %v692: tensor<i32>, %v693: tensor<f32>, %v694: tensor<i32>):
        %v695 = "stablehlo.compare"(%v693, %v691) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v696 = "stablehlo.compare"(%v693, %v691) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v697 = "stablehlo.compare"(%v694, %v692) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v698 = "stablehlo.and"(%v696, %v697) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v699 = "stablehlo.or"(%v695, %v698) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v700 = "stablehlo.select"(%v699, %v693, %v691) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v701 = "stablehlo.select"(%v699, %v694, %v692) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v700, %v701) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v704 = "stablehlo.select"(%v671, %v687, %v703) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v705 = "stablehlo.reshape"(%v704) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v705, %v121, %v278, %v126, %v283) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
