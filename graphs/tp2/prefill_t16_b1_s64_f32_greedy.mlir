module @prefill_t16_b1_s64_f32_greedy attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.1"}
  ) -> (tensor<1x1xi32> {mhlo.sharding = "{replicated}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}) {
    %v18 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v24 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v25 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v26 = "stablehlo.broadcast_in_dim"(%v25) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v27 = "stablehlo.add"(%v24, %v26) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v28 = "stablehlo.convert"(%v27) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v29 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v30 = "stablehlo.reshape"(%v28) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v31 = "stablehlo.reshape"(%v29) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v32 = "stablehlo.broadcast_in_dim"(%v30) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v33 = "stablehlo.broadcast_in_dim"(%v31) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v34 = "stablehlo.multiply"(%v32, %v33) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v35 = "stablehlo.concatenate"(%v34, %v34) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v36 = "stablehlo.cosine"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v37 = "stablehlo.sine"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v38 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v39 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v40 = "stablehlo.broadcast_in_dim"(%v39) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v41 = "stablehlo.add"(%v38, %v40) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v42 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v43 = "stablehlo.compare"(%v42, %v41) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v44 = "stablehlo.subtract"(%v41, %v42) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v45 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v46 = "stablehlo.broadcast_in_dim"(%v45) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v47 = "stablehlo.compare"(%v44, %v46) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v48 = "stablehlo.and"(%v43, %v47) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v49 = "stablehlo.reshape"(%v48) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v50 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v51 = "stablehlo.multiply"(%v50, %v50) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v52 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v56 = "stablehlo.reduce"(%v51, %v52) ({
      ^bb0(%v53: tensor<f32>, %v54: tensor<f32>):
        %v55 = "stablehlo.add"(%v53, %v54) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v55) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v57 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v58 = "stablehlo.broadcast_in_dim"(%v57) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v59 = "stablehlo.divide"(%v56, %v58) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v60 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v61 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v62 = "stablehlo.add"(%v59, %v61) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v63 = "stablehlo.rsqrt"(%v62) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v64 = "stablehlo.reshape"(%v63) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v65 = "stablehlo.broadcast_in_dim"(%v64) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v66 = "stablehlo.multiply"(%v50, %v65) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v67 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v68 = "stablehlo.multiply"(%v66, %v67) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v69 = "stablehlo.reshape"(%v68) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v70 = "stablehlo.dot_general"(%v2, %v69) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v71 = "stablehlo.transpose"(%v70) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v72 = "stablehlo.reshape"(%v71) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v73 = "stablehlo.reshape"(%v72) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v74 = "stablehlo.slice"(%v73) {limit_indices = array<i64: 1, 16, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x32xf32>
    %v75 = "stablehlo.reshape"(%v74) : (tensor<1x16x2x32xf32>) -> tensor<1x16x64xf32>
    %v76 = "stablehlo.reshape"(%v75) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v77 = "stablehlo.transpose"(%v76) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v78 = "stablehlo.slice"(%v77) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v79 = "stablehlo.slice"(%v77) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v80 = "stablehlo.negate"(%v79) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v81 = "stablehlo.concatenate"(%v80, %v78) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v82 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v83 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v84 = "stablehlo.broadcast_in_dim"(%v82) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v85 = "stablehlo.multiply"(%v77, %v84) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v86 = "stablehlo.broadcast_in_dim"(%v83) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v87 = "stablehlo.multiply"(%v81, %v86) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v88 = "stablehlo.add"(%v85, %v87) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v89 = "stablehlo.reshape"(%v72) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v90 = "stablehlo.slice"(%v89) {limit_indices = array<i64: 1, 16, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v91 = "stablehlo.reshape"(%v90) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v92 = "stablehlo.reshape"(%v91) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v93 = "stablehlo.transpose"(%v92) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v94 = "stablehlo.slice"(%v93) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v95 = "stablehlo.slice"(%v93) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v96 = "stablehlo.negate"(%v95) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v97 = "stablehlo.concatenate"(%v96, %v94) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v98 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v99 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v100 = "stablehlo.broadcast_in_dim"(%v98) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v101 = "stablehlo.multiply"(%v93, %v100) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v102 = "stablehlo.broadcast_in_dim"(%v99) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v103 = "stablehlo.multiply"(%v97, %v102) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v104 = "stablehlo.add"(%v101, %v103) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v105 = "stablehlo.reshape"(%v72) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v106 = "stablehlo.slice"(%v105) {limit_indices = array<i64: 1, 16, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v107 = "stablehlo.reshape"(%v106) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v108 = "stablehlo.reshape"(%v107) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v109 = "stablehlo.transpose"(%v108) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v110 = "stablehlo.reshape"(%v18) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v111 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v112 = "stablehlo.concatenate"(%v110, %v111) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v113 = "stablehlo.reshape"(%v20) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
    %v116 = "stablehlo.scatter"(%v113, %v112, %v104) ({
      ^bb0(%v114: tensor<f32>, %v115: tensor<f32>):
        "stablehlo.return"(%v115) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x16x16xf32>) -> tensor<1x2x64x16xf32>
    %v117 = "stablehlo.reshape"(%v116) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
    %v118 = "stablehlo.reshape"(%v22) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
    %v121 = "stablehlo.scatter"(%v118, %v112, %v109) ({
      ^bb0(%v119: tensor<f32>, %v120: tensor<f32>):
        "stablehlo.return"(%v120) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x16x16xf32>) -> tensor<1x2x64x16xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
    %v123 = "stablehlo.reshape"(%v88) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v125 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v126 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v127 = "stablehlo.reshape"(%v126) : (tensor<1xi32>) -> tensor<i32>
    %v128 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v129 = "stablehlo.multiply"(%v127, %v128) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v130 = "stablehlo.dynamic_slice"(%v117, %v129, %v125, %v125) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v131 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v132 = "stablehlo.reshape"(%v131) : (tensor<1xi32>) -> tensor<i32>
    %v133 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v134 = "stablehlo.multiply"(%v132, %v133) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v135 = "stablehlo.dynamic_slice"(%v122, %v134, %v125, %v125) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v136 = "stablehlo.dot_general"(%v124, %v130) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v137 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v138 = "stablehlo.broadcast_in_dim"(%v137) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v139 = "stablehlo.multiply"(%v136, %v138) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v140 = "stablehlo.reshape"(%v139) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v141 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v142 = "stablehlo.broadcast_in_dim"(%v141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v143 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v144 = "stablehlo.select"(%v143, %v140, %v142) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v145 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v149 = "stablehlo.reduce"(%v144, %v145) ({
      ^bb0(%v146: tensor<f32>, %v147: tensor<f32>):
        %v148 = "stablehlo.maximum"(%v146, %v147) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v148) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v150 = "stablehlo.reshape"(%v149) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v151 = "stablehlo.broadcast_in_dim"(%v150) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v152 = "stablehlo.subtract"(%v144, %v151) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v153 = "stablehlo.exponential"(%v152) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v154 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v158 = "stablehlo.reduce"(%v153, %v154) ({
      ^bb0(%v155: tensor<f32>, %v156: tensor<f32>):
        %v157 = "stablehlo.add"(%v155, %v156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v157) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v159 = "stablehlo.reshape"(%v158) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v160 = "stablehlo.broadcast_in_dim"(%v159) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v161 = "stablehlo.divide"(%v153, %v160) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v162 = "stablehlo.reshape"(%v161) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v163 = "stablehlo.dot_general"(%v162, %v135) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v164 = "stablehlo.reshape"(%v163) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v165 = "stablehlo.transpose"(%v164) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v166 = "stablehlo.reshape"(%v165) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v167 = "stablehlo.reshape"(%v166) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v168 = "stablehlo.dot_general"(%v3, %v167) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v169 = "stablehlo.transpose"(%v168) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v170 = "stablehlo.reshape"(%v169) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v171 = "stablehlo.add"(%v50, %v170) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v172 = "stablehlo.multiply"(%v171, %v171) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v173 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v177 = "stablehlo.reduce"(%v172, %v173) ({
      ^bb0(%v174: tensor<f32>, %v175: tensor<f32>):
        %v176 = "stablehlo.add"(%v174, %v175) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v176) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v178 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v179 = "stablehlo.broadcast_in_dim"(%v178) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v180 = "stablehlo.divide"(%v177, %v179) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v181 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v182 = "stablehlo.broadcast_in_dim"(%v181) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v183 = "stablehlo.add"(%v180, %v182) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v184 = "stablehlo.rsqrt"(%v183) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v185 = "stablehlo.reshape"(%v184) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v186 = "stablehlo.broadcast_in_dim"(%v185) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v187 = "stablehlo.multiply"(%v171, %v186) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v188 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v189 = "stablehlo.multiply"(%v187, %v188) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v190 = "stablehlo.reshape"(%v189) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v191 = "stablehlo.dot_general"(%v5, %v190) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v192 = "stablehlo.transpose"(%v191) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v193 = "stablehlo.reshape"(%v192) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v194 = "stablehlo.reshape"(%v193) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v195 = "stablehlo.slice"(%v194) {limit_indices = array<i64: 1, 16, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v196 = "stablehlo.reshape"(%v195) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v197 = "stablehlo.reshape"(%v193) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v198 = "stablehlo.slice"(%v197) {limit_indices = array<i64: 1, 16, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v199 = "stablehlo.reshape"(%v198) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v200 = "stablehlo.logistic"(%v196) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v201 = "stablehlo.multiply"(%v196, %v200) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v202 = "stablehlo.multiply"(%v201, %v199) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v203 = "stablehlo.reshape"(%v202) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v204 = "stablehlo.dot_general"(%v6, %v203) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v205 = "stablehlo.transpose"(%v204) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v206 = "stablehlo.reshape"(%v205) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v207 = "stablehlo.add"(%v171, %v206) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v208 = "stablehlo.multiply"(%v207, %v207) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v209 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v213 = "stablehlo.reduce"(%v208, %v209) ({
      ^bb0(%v210: tensor<f32>, %v211: tensor<f32>):
        %v212 = "stablehlo.add"(%v210, %v211) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v212) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v214 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v215 = "stablehlo.broadcast_in_dim"(%v214) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v216 = "stablehlo.divide"(%v213, %v215) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v217 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v218 = "stablehlo.broadcast_in_dim"(%v217) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v219 = "stablehlo.add"(%v216, %v218) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v220 = "stablehlo.rsqrt"(%v219) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v221 = "stablehlo.reshape"(%v220) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v222 = "stablehlo.broadcast_in_dim"(%v221) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v223 = "stablehlo.multiply"(%v207, %v222) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v224 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v225 = "stablehlo.multiply"(%v223, %v224) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v226 = "stablehlo.reshape"(%v225) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v227 = "stablehlo.dot_general"(%v8, %v226) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v228 = "stablehlo.transpose"(%v227) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v229 = "stablehlo.reshape"(%v228) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v230 = "stablehlo.reshape"(%v229) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v231 = "stablehlo.slice"(%v230) {limit_indices = array<i64: 1, 16, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x32xf32>
    %v232 = "stablehlo.reshape"(%v231) : (tensor<1x16x2x32xf32>) -> tensor<1x16x64xf32>
    %v233 = "stablehlo.reshape"(%v232) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v234 = "stablehlo.transpose"(%v233) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v235 = "stablehlo.slice"(%v234) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v236 = "stablehlo.slice"(%v234) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v237 = "stablehlo.negate"(%v236) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v238 = "stablehlo.concatenate"(%v237, %v235) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v239 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v240 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v241 = "stablehlo.broadcast_in_dim"(%v239) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v242 = "stablehlo.multiply"(%v234, %v241) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v243 = "stablehlo.broadcast_in_dim"(%v240) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v244 = "stablehlo.multiply"(%v238, %v243) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v245 = "stablehlo.add"(%v242, %v244) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v246 = "stablehlo.reshape"(%v229) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v247 = "stablehlo.slice"(%v246) {limit_indices = array<i64: 1, 16, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v248 = "stablehlo.reshape"(%v247) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v249 = "stablehlo.reshape"(%v248) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v250 = "stablehlo.transpose"(%v249) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v251 = "stablehlo.slice"(%v250) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v252 = "stablehlo.slice"(%v250) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v253 = "stablehlo.negate"(%v252) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v254 = "stablehlo.concatenate"(%v253, %v251) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v255 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v256 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v257 = "stablehlo.broadcast_in_dim"(%v255) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v258 = "stablehlo.multiply"(%v250, %v257) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v259 = "stablehlo.broadcast_in_dim"(%v256) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v260 = "stablehlo.multiply"(%v254, %v259) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v261 = "stablehlo.add"(%v258, %v260) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v262 = "stablehlo.reshape"(%v229) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v263 = "stablehlo.slice"(%v262) {limit_indices = array<i64: 1, 16, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v264 = "stablehlo.reshape"(%v263) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v265 = "stablehlo.reshape"(%v264) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v266 = "stablehlo.transpose"(%v265) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v267 = "stablehlo.reshape"(%v18) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v268 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v269 = "stablehlo.concatenate"(%v267, %v268) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v270 = "stablehlo.reshape"(%v21) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
    %v273 = "stablehlo.scatter"(%v270, %v269, %v261) ({
      ^bb0(%v271: tensor<f32>, %v272: tensor<f32>):
        "stablehlo.return"(%v272) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x16x16xf32>) -> tensor<1x2x64x16xf32>
    %v274 = "stablehlo.reshape"(%v273) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
    %v275 = "stablehlo.reshape"(%v23) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
    %v278 = "stablehlo.scatter"(%v275, %v269, %v266) ({
      ^bb0(%v276: tensor<f32>, %v277: tensor<f32>):
        "stablehlo.return"(%v277) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x16x16xf32>) -> tensor<1x2x64x16xf32>
    %v279 = "stablehlo.reshape"(%v278) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
    %v280 = "stablehlo.reshape"(%v245) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v281 = "stablehlo.reshape"(%v280) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v282 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v283 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v284 = "stablehlo.reshape"(%v283) : (tensor<1xi32>) -> tensor<i32>
    %v285 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v286 = "stablehlo.multiply"(%v284, %v285) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v287 = "stablehlo.dynamic_slice"(%v274, %v286, %v282, %v282) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v288 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v289 = "stablehlo.reshape"(%v288) : (tensor<1xi32>) -> tensor<i32>
    %v290 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v291 = "stablehlo.multiply"(%v289, %v290) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v292 = "stablehlo.dynamic_slice"(%v279, %v291, %v282, %v282) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v293 = "stablehlo.dot_general"(%v281, %v287) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v294 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v295 = "stablehlo.broadcast_in_dim"(%v294) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v296 = "stablehlo.multiply"(%v293, %v295) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v297 = "stablehlo.reshape"(%v296) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v298 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v299 = "stablehlo.broadcast_in_dim"(%v298) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v300 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v301 = "stablehlo.select"(%v300, %v297, %v299) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v302 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v306 = "stablehlo.reduce"(%v301, %v302) ({
      ^bb0(%v303: tensor<f32>, %v304: tensor<f32>):
        %v305 = "stablehlo.maximum"(%v303, %v304) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v305) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v307 = "stablehlo.reshape"(%v306) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v308 = "stablehlo.broadcast_in_dim"(%v307) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v309 = "stablehlo.subtract"(%v301, %v308) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v310 = "stablehlo.exponential"(%v309) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v311 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v315 = "stablehlo.reduce"(%v310, %v311) ({
      ^bb0(%v312: tensor<f32>, %v313: tensor<f32>):
        %v314 = "stablehlo.add"(%v312, %v313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v314) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v316 = "stablehlo.reshape"(%v315) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v317 = "stablehlo.broadcast_in_dim"(%v316) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v318 = "stablehlo.divide"(%v310, %v317) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v319 = "stablehlo.reshape"(%v318) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v320 = "stablehlo.dot_general"(%v319, %v292) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v321 = "stablehlo.reshape"(%v320) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v322 = "stablehlo.transpose"(%v321) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v323 = "stablehlo.reshape"(%v322) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v324 = "stablehlo.reshape"(%v323) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v325 = "stablehlo.dot_general"(%v9, %v324) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v326 = "stablehlo.transpose"(%v325) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v327 = "stablehlo.reshape"(%v326) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v328 = "stablehlo.add"(%v207, %v327) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v329 = "stablehlo.multiply"(%v328, %v328) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v330 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v334 = "stablehlo.reduce"(%v329, %v330) ({
      ^bb0(%v331: tensor<f32>, %v332: tensor<f32>):
        %v333 = "stablehlo.add"(%v331, %v332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v333) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v335 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v336 = "stablehlo.broadcast_in_dim"(%v335) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v337 = "stablehlo.divide"(%v334, %v336) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v338 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v339 = "stablehlo.broadcast_in_dim"(%v338) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v340 = "stablehlo.add"(%v337, %v339) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v341 = "stablehlo.rsqrt"(%v340) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v342 = "stablehlo.reshape"(%v341) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v343 = "stablehlo.broadcast_in_dim"(%v342) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v344 = "stablehlo.multiply"(%v328, %v343) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v345 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v346 = "stablehlo.multiply"(%v344, %v345) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v347 = "stablehlo.reshape"(%v346) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v348 = "stablehlo.dot_general"(%v11, %v347) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v349 = "stablehlo.transpose"(%v348) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v350 = "stablehlo.reshape"(%v349) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v351 = "stablehlo.reshape"(%v350) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v352 = "stablehlo.slice"(%v351) {limit_indices = array<i64: 1, 16, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v353 = "stablehlo.reshape"(%v352) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v354 = "stablehlo.reshape"(%v350) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v355 = "stablehlo.slice"(%v354) {limit_indices = array<i64: 1, 16, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v356 = "stablehlo.reshape"(%v355) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v357 = "stablehlo.logistic"(%v353) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v358 = "stablehlo.multiply"(%v353, %v357) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v359 = "stablehlo.multiply"(%v358, %v356) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v360 = "stablehlo.reshape"(%v359) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v361 = "stablehlo.dot_general"(%v12, %v360) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v362 = "stablehlo.transpose"(%v361) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v363 = "stablehlo.reshape"(%v362) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v364 = "stablehlo.add"(%v328, %v363) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v365 = "stablehlo.multiply"(%v364, %v364) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v366 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v370 = "stablehlo.reduce"(%v365, %v366) ({
      ^bb0(%v367: tensor<f32>, %v368: tensor<f32>):
        %v369 = "stablehlo.add"(%v367, %v368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v369) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v371 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v372 = "stablehlo.broadcast_in_dim"(%v371) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v373 = "stablehlo.divide"(%v370, %v372) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v374 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v375 = "stablehlo.broadcast_in_dim"(%v374) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v376 = "stablehlo.add"(%v373, %v375) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v377 = "stablehlo.rsqrt"(%v376) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v378 = "stablehlo.reshape"(%v377) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v379 = "stablehlo.broadcast_in_dim"(%v378) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v380 = "stablehlo.multiply"(%v364, %v379) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v381 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v382 = "stablehlo.multiply"(%v380, %v381) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v383 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v384 = "stablehlo.dynamic_slice"(%v382, %v383, %v19, %v383) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v385 = "stablehlo.reshape"(%v384) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v386 = "stablehlo.dot_general"(%v14, %v385) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v387 = "stablehlo.transpose"(%v386) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v388 = "stablehlo.reshape"(%v387) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v389 = "stablehlo.reshape"(%v388) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v390 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v391 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v392 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v404, %v405 = "stablehlo.reduce"(%v389, %v390, %v391, %v392) ({
      ^bb0(%v393: tensor<f32>, %v394: tensor<i32>, %v395: tensor<f32>, %v396: tensor<i32>):
        %v397 = "stablehlo.compare"(%v395, %v393) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v398 = "stablehlo.compare"(%v395, %v393) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v399 = "stablehlo.compare"(%v396, %v394) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v400 = "stablehlo.and"(%v398, %v399) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v401 = "stablehlo.or"(%v397, %v400) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v402 = "stablehlo.select"(%v401, %v395, %v393) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v403 = "stablehlo.select"(%v401, %v396, %v394) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v402, %v403) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v406 = "stablehlo.reshape"(%v405) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v406, %v117, %v274, %v122, %v279) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
