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
    %v110 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v111 = "stablehlo.broadcast_in_dim"(%v110) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v112 = "stablehlo.multiply"(%v18, %v111) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v113 = "stablehlo.reshape"(%v112) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v114 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
    %v115 = "stablehlo.broadcast_in_dim"(%v113) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v116 = "stablehlo.add"(%v115, %v114) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
    %v117 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v118 = "stablehlo.broadcast_in_dim"(%v117) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v119 = "stablehlo.reshape"(%v116) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v120 = "stablehlo.reshape"(%v118) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v121 = "stablehlo.concatenate"(%v119, %v120) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
    %v122 = "stablehlo.reshape"(%v104) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v123 = "stablehlo.reshape"(%v109) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v126 = "stablehlo.scatter"(%v20, %v121, %v122) ({
      ^bb0(%v124: tensor<f32>, %v125: tensor<f32>):
        "stablehlo.return"(%v125) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v129 = "stablehlo.scatter"(%v22, %v121, %v123) ({
      ^bb0(%v127: tensor<f32>, %v128: tensor<f32>):
        "stablehlo.return"(%v128) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v130 = "stablehlo.reshape"(%v88) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v131 = "stablehlo.reshape"(%v130) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v132 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v133 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v134 = "stablehlo.reshape"(%v133) : (tensor<1xi32>) -> tensor<i32>
    %v135 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v136 = "stablehlo.multiply"(%v134, %v135) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v137 = "stablehlo.dynamic_slice"(%v126, %v136, %v132, %v132) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v138 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v139 = "stablehlo.reshape"(%v138) : (tensor<1xi32>) -> tensor<i32>
    %v140 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v141 = "stablehlo.multiply"(%v139, %v140) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v142 = "stablehlo.dynamic_slice"(%v129, %v141, %v132, %v132) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v143 = "stablehlo.dot_general"(%v131, %v137) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v144 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v145 = "stablehlo.broadcast_in_dim"(%v144) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v146 = "stablehlo.multiply"(%v143, %v145) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v147 = "stablehlo.reshape"(%v146) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v148 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v149 = "stablehlo.broadcast_in_dim"(%v148) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v150 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v151 = "stablehlo.select"(%v150, %v147, %v149) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v152 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v156 = "stablehlo.reduce"(%v151, %v152) ({
      ^bb0(%v153: tensor<f32>, %v154: tensor<f32>):
        %v155 = "stablehlo.maximum"(%v153, %v154) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v155) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v157 = "stablehlo.reshape"(%v156) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v158 = "stablehlo.broadcast_in_dim"(%v157) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v159 = "stablehlo.subtract"(%v151, %v158) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v160 = "stablehlo.exponential"(%v159) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v161 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v165 = "stablehlo.reduce"(%v160, %v161) ({
      ^bb0(%v162: tensor<f32>, %v163: tensor<f32>):
        %v164 = "stablehlo.add"(%v162, %v163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v164) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v166 = "stablehlo.reshape"(%v165) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v167 = "stablehlo.broadcast_in_dim"(%v166) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v168 = "stablehlo.divide"(%v160, %v167) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v169 = "stablehlo.reshape"(%v168) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v170 = "stablehlo.dot_general"(%v169, %v142) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v171 = "stablehlo.reshape"(%v170) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v172 = "stablehlo.transpose"(%v171) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v173 = "stablehlo.reshape"(%v172) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v174 = "stablehlo.reshape"(%v173) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v175 = "stablehlo.dot_general"(%v3, %v174) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v176 = "stablehlo.transpose"(%v175) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v177 = "stablehlo.reshape"(%v176) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v178 = "stablehlo.add"(%v50, %v177) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v179 = "stablehlo.multiply"(%v178, %v178) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v180 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v184 = "stablehlo.reduce"(%v179, %v180) ({
      ^bb0(%v181: tensor<f32>, %v182: tensor<f32>):
        %v183 = "stablehlo.add"(%v181, %v182) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v183) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v185 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v186 = "stablehlo.broadcast_in_dim"(%v185) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v187 = "stablehlo.divide"(%v184, %v186) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v188 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v189 = "stablehlo.broadcast_in_dim"(%v188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v190 = "stablehlo.add"(%v187, %v189) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v191 = "stablehlo.rsqrt"(%v190) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v192 = "stablehlo.reshape"(%v191) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v193 = "stablehlo.broadcast_in_dim"(%v192) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v194 = "stablehlo.multiply"(%v178, %v193) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v195 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v196 = "stablehlo.multiply"(%v194, %v195) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v197 = "stablehlo.reshape"(%v196) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v198 = "stablehlo.dot_general"(%v5, %v197) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v199 = "stablehlo.transpose"(%v198) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v200 = "stablehlo.reshape"(%v199) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v201 = "stablehlo.reshape"(%v200) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v202 = "stablehlo.slice"(%v201) {limit_indices = array<i64: 1, 16, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v203 = "stablehlo.reshape"(%v202) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v204 = "stablehlo.reshape"(%v200) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v205 = "stablehlo.slice"(%v204) {limit_indices = array<i64: 1, 16, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v206 = "stablehlo.reshape"(%v205) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v207 = "stablehlo.logistic"(%v203) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v208 = "stablehlo.multiply"(%v203, %v207) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v209 = "stablehlo.multiply"(%v208, %v206) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v210 = "stablehlo.reshape"(%v209) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v211 = "stablehlo.dot_general"(%v6, %v210) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v212 = "stablehlo.transpose"(%v211) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v213 = "stablehlo.reshape"(%v212) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v214 = "stablehlo.add"(%v178, %v213) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v215 = "stablehlo.multiply"(%v214, %v214) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v216 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v220 = "stablehlo.reduce"(%v215, %v216) ({
      ^bb0(%v217: tensor<f32>, %v218: tensor<f32>):
        %v219 = "stablehlo.add"(%v217, %v218) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v219) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v221 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v222 = "stablehlo.broadcast_in_dim"(%v221) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v223 = "stablehlo.divide"(%v220, %v222) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v224 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v225 = "stablehlo.broadcast_in_dim"(%v224) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v226 = "stablehlo.add"(%v223, %v225) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v227 = "stablehlo.rsqrt"(%v226) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v228 = "stablehlo.reshape"(%v227) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v229 = "stablehlo.broadcast_in_dim"(%v228) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v230 = "stablehlo.multiply"(%v214, %v229) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v231 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v232 = "stablehlo.multiply"(%v230, %v231) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v233 = "stablehlo.reshape"(%v232) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v234 = "stablehlo.dot_general"(%v8, %v233) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v235 = "stablehlo.transpose"(%v234) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v236 = "stablehlo.reshape"(%v235) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v237 = "stablehlo.reshape"(%v236) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v238 = "stablehlo.slice"(%v237) {limit_indices = array<i64: 1, 16, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x32xf32>
    %v239 = "stablehlo.reshape"(%v238) : (tensor<1x16x2x32xf32>) -> tensor<1x16x64xf32>
    %v240 = "stablehlo.reshape"(%v239) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v241 = "stablehlo.transpose"(%v240) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v242 = "stablehlo.slice"(%v241) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v243 = "stablehlo.slice"(%v241) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v244 = "stablehlo.negate"(%v243) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v245 = "stablehlo.concatenate"(%v244, %v242) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v246 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v247 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v248 = "stablehlo.broadcast_in_dim"(%v246) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v249 = "stablehlo.multiply"(%v241, %v248) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v250 = "stablehlo.broadcast_in_dim"(%v247) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v251 = "stablehlo.multiply"(%v245, %v250) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v252 = "stablehlo.add"(%v249, %v251) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v253 = "stablehlo.reshape"(%v236) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v254 = "stablehlo.slice"(%v253) {limit_indices = array<i64: 1, 16, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v255 = "stablehlo.reshape"(%v254) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v256 = "stablehlo.reshape"(%v255) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v257 = "stablehlo.transpose"(%v256) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v258 = "stablehlo.slice"(%v257) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v259 = "stablehlo.slice"(%v257) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v260 = "stablehlo.negate"(%v259) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v261 = "stablehlo.concatenate"(%v260, %v258) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v262 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v263 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v264 = "stablehlo.broadcast_in_dim"(%v262) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v265 = "stablehlo.multiply"(%v257, %v264) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v266 = "stablehlo.broadcast_in_dim"(%v263) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v267 = "stablehlo.multiply"(%v261, %v266) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v268 = "stablehlo.add"(%v265, %v267) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v269 = "stablehlo.reshape"(%v236) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v270 = "stablehlo.slice"(%v269) {limit_indices = array<i64: 1, 16, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v271 = "stablehlo.reshape"(%v270) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v272 = "stablehlo.reshape"(%v271) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v273 = "stablehlo.transpose"(%v272) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v274 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v275 = "stablehlo.broadcast_in_dim"(%v274) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v276 = "stablehlo.multiply"(%v18, %v275) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v277 = "stablehlo.reshape"(%v276) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v278 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
    %v279 = "stablehlo.broadcast_in_dim"(%v277) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v280 = "stablehlo.add"(%v279, %v278) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
    %v281 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v282 = "stablehlo.broadcast_in_dim"(%v281) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v283 = "stablehlo.reshape"(%v280) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v284 = "stablehlo.reshape"(%v282) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v285 = "stablehlo.concatenate"(%v283, %v284) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
    %v286 = "stablehlo.reshape"(%v268) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v287 = "stablehlo.reshape"(%v273) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v290 = "stablehlo.scatter"(%v21, %v285, %v286) ({
      ^bb0(%v288: tensor<f32>, %v289: tensor<f32>):
        "stablehlo.return"(%v289) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v293 = "stablehlo.scatter"(%v23, %v285, %v287) ({
      ^bb0(%v291: tensor<f32>, %v292: tensor<f32>):
        "stablehlo.return"(%v292) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v294 = "stablehlo.reshape"(%v252) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v295 = "stablehlo.reshape"(%v294) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v296 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v297 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v298 = "stablehlo.reshape"(%v297) : (tensor<1xi32>) -> tensor<i32>
    %v299 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v300 = "stablehlo.multiply"(%v298, %v299) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v301 = "stablehlo.dynamic_slice"(%v290, %v300, %v296, %v296) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v302 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v303 = "stablehlo.reshape"(%v302) : (tensor<1xi32>) -> tensor<i32>
    %v304 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v305 = "stablehlo.multiply"(%v303, %v304) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v306 = "stablehlo.dynamic_slice"(%v293, %v305, %v296, %v296) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v307 = "stablehlo.dot_general"(%v295, %v301) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v308 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v309 = "stablehlo.broadcast_in_dim"(%v308) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v310 = "stablehlo.multiply"(%v307, %v309) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v311 = "stablehlo.reshape"(%v310) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v312 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v313 = "stablehlo.broadcast_in_dim"(%v312) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v314 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v315 = "stablehlo.select"(%v314, %v311, %v313) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v316 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v320 = "stablehlo.reduce"(%v315, %v316) ({
      ^bb0(%v317: tensor<f32>, %v318: tensor<f32>):
        %v319 = "stablehlo.maximum"(%v317, %v318) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v319) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v321 = "stablehlo.reshape"(%v320) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v322 = "stablehlo.broadcast_in_dim"(%v321) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v323 = "stablehlo.subtract"(%v315, %v322) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v324 = "stablehlo.exponential"(%v323) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v325 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v329 = "stablehlo.reduce"(%v324, %v325) ({
      ^bb0(%v326: tensor<f32>, %v327: tensor<f32>):
        %v328 = "stablehlo.add"(%v326, %v327) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v328) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v330 = "stablehlo.reshape"(%v329) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v331 = "stablehlo.broadcast_in_dim"(%v330) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v332 = "stablehlo.divide"(%v324, %v331) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v333 = "stablehlo.reshape"(%v332) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v334 = "stablehlo.dot_general"(%v333, %v306) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v335 = "stablehlo.reshape"(%v334) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v336 = "stablehlo.transpose"(%v335) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v337 = "stablehlo.reshape"(%v336) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v338 = "stablehlo.reshape"(%v337) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v339 = "stablehlo.dot_general"(%v9, %v338) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v340 = "stablehlo.transpose"(%v339) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v341 = "stablehlo.reshape"(%v340) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v342 = "stablehlo.add"(%v214, %v341) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v343 = "stablehlo.multiply"(%v342, %v342) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v344 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v348 = "stablehlo.reduce"(%v343, %v344) ({
      ^bb0(%v345: tensor<f32>, %v346: tensor<f32>):
        %v347 = "stablehlo.add"(%v345, %v346) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v347) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v349 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v350 = "stablehlo.broadcast_in_dim"(%v349) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v351 = "stablehlo.divide"(%v348, %v350) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v352 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v353 = "stablehlo.broadcast_in_dim"(%v352) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v354 = "stablehlo.add"(%v351, %v353) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v355 = "stablehlo.rsqrt"(%v354) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v356 = "stablehlo.reshape"(%v355) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v357 = "stablehlo.broadcast_in_dim"(%v356) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v358 = "stablehlo.multiply"(%v342, %v357) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v359 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v360 = "stablehlo.multiply"(%v358, %v359) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v361 = "stablehlo.reshape"(%v360) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v362 = "stablehlo.dot_general"(%v11, %v361) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v363 = "stablehlo.transpose"(%v362) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v364 = "stablehlo.reshape"(%v363) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v365 = "stablehlo.reshape"(%v364) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v366 = "stablehlo.slice"(%v365) {limit_indices = array<i64: 1, 16, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v367 = "stablehlo.reshape"(%v366) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v368 = "stablehlo.reshape"(%v364) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v369 = "stablehlo.slice"(%v368) {limit_indices = array<i64: 1, 16, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v370 = "stablehlo.reshape"(%v369) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v371 = "stablehlo.logistic"(%v367) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v372 = "stablehlo.multiply"(%v367, %v371) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v373 = "stablehlo.multiply"(%v372, %v370) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v374 = "stablehlo.reshape"(%v373) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v375 = "stablehlo.dot_general"(%v12, %v374) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v376 = "stablehlo.transpose"(%v375) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v377 = "stablehlo.reshape"(%v376) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v378 = "stablehlo.add"(%v342, %v377) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v379 = "stablehlo.multiply"(%v378, %v378) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v380 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v384 = "stablehlo.reduce"(%v379, %v380) ({
      ^bb0(%v381: tensor<f32>, %v382: tensor<f32>):
        %v383 = "stablehlo.add"(%v381, %v382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v383) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v385 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v386 = "stablehlo.broadcast_in_dim"(%v385) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v387 = "stablehlo.divide"(%v384, %v386) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v388 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v389 = "stablehlo.broadcast_in_dim"(%v388) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v390 = "stablehlo.add"(%v387, %v389) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v391 = "stablehlo.rsqrt"(%v390) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v392 = "stablehlo.reshape"(%v391) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v393 = "stablehlo.broadcast_in_dim"(%v392) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v394 = "stablehlo.multiply"(%v378, %v393) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v395 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v396 = "stablehlo.multiply"(%v394, %v395) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v397 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v398 = "stablehlo.dynamic_slice"(%v396, %v397, %v19, %v397) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v399 = "stablehlo.reshape"(%v398) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v400 = "stablehlo.dot_general"(%v14, %v399) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v401 = "stablehlo.transpose"(%v400) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v402 = "stablehlo.reshape"(%v401) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v403 = "stablehlo.reshape"(%v402) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v404 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v405 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v406 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v418, %v419 = "stablehlo.reduce"(%v403, %v404, %v405, %v406) ({
      ^bb0(%v407: tensor<f32>, %v408: tensor<i32>, %v409: tensor<f32>, %v410: tensor<i32>):
        %v411 = "stablehlo.compare"(%v409, %v407) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v412 = "stablehlo.compare"(%v409, %v407) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v413 = "stablehlo.compare"(%v410, %v408) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v414 = "stablehlo.and"(%v412, %v413) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v415 = "stablehlo.or"(%v411, %v414) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v416 = "stablehlo.select"(%v415, %v409, %v407) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v417 = "stablehlo.select"(%v415, %v410, %v408) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v416, %v417) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v420 = "stablehlo.reshape"(%v419) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v420, %v126, %v290, %v129, %v293) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
