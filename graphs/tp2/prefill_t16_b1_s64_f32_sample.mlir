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
    %v114 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v115 = "stablehlo.broadcast_in_dim"(%v114) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v116 = "stablehlo.multiply"(%v18, %v115) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v117 = "stablehlo.reshape"(%v116) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v118 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
    %v119 = "stablehlo.broadcast_in_dim"(%v117) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v120 = "stablehlo.add"(%v119, %v118) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
    %v121 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v122 = "stablehlo.broadcast_in_dim"(%v121) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v123 = "stablehlo.reshape"(%v120) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v124 = "stablehlo.reshape"(%v122) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v125 = "stablehlo.concatenate"(%v123, %v124) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
    %v126 = "stablehlo.reshape"(%v108) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v127 = "stablehlo.reshape"(%v113) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v130 = "stablehlo.scatter"(%v20, %v125, %v126) ({
      ^bb0(%v128: tensor<f32>, %v129: tensor<f32>):
        "stablehlo.return"(%v129) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v133 = "stablehlo.scatter"(%v22, %v125, %v127) ({
      ^bb0(%v131: tensor<f32>, %v132: tensor<f32>):
        "stablehlo.return"(%v132) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v134 = "stablehlo.reshape"(%v92) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v135 = "stablehlo.reshape"(%v134) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v136 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v137 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v138 = "stablehlo.reshape"(%v137) : (tensor<1xi32>) -> tensor<i32>
    %v139 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v140 = "stablehlo.multiply"(%v138, %v139) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v141 = "stablehlo.dynamic_slice"(%v130, %v140, %v136, %v136) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v142 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v143 = "stablehlo.reshape"(%v142) : (tensor<1xi32>) -> tensor<i32>
    %v144 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v145 = "stablehlo.multiply"(%v143, %v144) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v146 = "stablehlo.dynamic_slice"(%v133, %v145, %v136, %v136) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v147 = "stablehlo.dot_general"(%v135, %v141) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v148 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v149 = "stablehlo.broadcast_in_dim"(%v148) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v150 = "stablehlo.multiply"(%v147, %v149) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v151 = "stablehlo.reshape"(%v150) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v152 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v153 = "stablehlo.broadcast_in_dim"(%v152) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v154 = "stablehlo.broadcast_in_dim"(%v53) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v155 = "stablehlo.select"(%v154, %v151, %v153) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v156 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v160 = "stablehlo.reduce"(%v155, %v156) ({
      ^bb0(%v157: tensor<f32>, %v158: tensor<f32>):
        %v159 = "stablehlo.maximum"(%v157, %v158) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v159) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v161 = "stablehlo.reshape"(%v160) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v162 = "stablehlo.broadcast_in_dim"(%v161) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v163 = "stablehlo.subtract"(%v155, %v162) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v164 = "stablehlo.exponential"(%v163) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v165 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v169 = "stablehlo.reduce"(%v164, %v165) ({
      ^bb0(%v166: tensor<f32>, %v167: tensor<f32>):
        %v168 = "stablehlo.add"(%v166, %v167) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v168) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v170 = "stablehlo.reshape"(%v169) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v171 = "stablehlo.broadcast_in_dim"(%v170) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v172 = "stablehlo.divide"(%v164, %v171) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v173 = "stablehlo.reshape"(%v172) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v174 = "stablehlo.dot_general"(%v173, %v146) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v175 = "stablehlo.reshape"(%v174) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v176 = "stablehlo.transpose"(%v175) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v177 = "stablehlo.reshape"(%v176) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v178 = "stablehlo.reshape"(%v177) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v179 = "stablehlo.dot_general"(%v3, %v178) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v180 = "stablehlo.transpose"(%v179) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v181 = "stablehlo.reshape"(%v180) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v182 = "stablehlo.add"(%v54, %v181) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v183 = "stablehlo.multiply"(%v182, %v182) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v184 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v188 = "stablehlo.reduce"(%v183, %v184) ({
      ^bb0(%v185: tensor<f32>, %v186: tensor<f32>):
        %v187 = "stablehlo.add"(%v185, %v186) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v187) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v189 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v190 = "stablehlo.broadcast_in_dim"(%v189) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v191 = "stablehlo.divide"(%v188, %v190) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v192 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v193 = "stablehlo.broadcast_in_dim"(%v192) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v194 = "stablehlo.add"(%v191, %v193) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v195 = "stablehlo.rsqrt"(%v194) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v196 = "stablehlo.reshape"(%v195) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v197 = "stablehlo.broadcast_in_dim"(%v196) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v198 = "stablehlo.multiply"(%v182, %v197) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v199 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v200 = "stablehlo.multiply"(%v198, %v199) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v201 = "stablehlo.reshape"(%v200) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v202 = "stablehlo.dot_general"(%v5, %v201) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v203 = "stablehlo.transpose"(%v202) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v204 = "stablehlo.reshape"(%v203) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v205 = "stablehlo.reshape"(%v204) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v206 = "stablehlo.slice"(%v205) {limit_indices = array<i64: 1, 16, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v207 = "stablehlo.reshape"(%v206) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v208 = "stablehlo.reshape"(%v204) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v209 = "stablehlo.slice"(%v208) {limit_indices = array<i64: 1, 16, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v210 = "stablehlo.reshape"(%v209) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v211 = "stablehlo.logistic"(%v207) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v212 = "stablehlo.multiply"(%v207, %v211) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v213 = "stablehlo.multiply"(%v212, %v210) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v214 = "stablehlo.reshape"(%v213) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v215 = "stablehlo.dot_general"(%v6, %v214) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v216 = "stablehlo.transpose"(%v215) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v217 = "stablehlo.reshape"(%v216) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v218 = "stablehlo.add"(%v182, %v217) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v219 = "stablehlo.multiply"(%v218, %v218) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v220 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v224 = "stablehlo.reduce"(%v219, %v220) ({
      ^bb0(%v221: tensor<f32>, %v222: tensor<f32>):
        %v223 = "stablehlo.add"(%v221, %v222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v223) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v225 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v226 = "stablehlo.broadcast_in_dim"(%v225) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v227 = "stablehlo.divide"(%v224, %v226) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v228 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v229 = "stablehlo.broadcast_in_dim"(%v228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v230 = "stablehlo.add"(%v227, %v229) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v231 = "stablehlo.rsqrt"(%v230) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v232 = "stablehlo.reshape"(%v231) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v233 = "stablehlo.broadcast_in_dim"(%v232) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v234 = "stablehlo.multiply"(%v218, %v233) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v235 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v236 = "stablehlo.multiply"(%v234, %v235) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v237 = "stablehlo.reshape"(%v236) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v238 = "stablehlo.dot_general"(%v8, %v237) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v239 = "stablehlo.transpose"(%v238) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v240 = "stablehlo.reshape"(%v239) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v241 = "stablehlo.reshape"(%v240) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v242 = "stablehlo.slice"(%v241) {limit_indices = array<i64: 1, 16, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x32xf32>
    %v243 = "stablehlo.reshape"(%v242) : (tensor<1x16x2x32xf32>) -> tensor<1x16x64xf32>
    %v244 = "stablehlo.reshape"(%v243) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v245 = "stablehlo.transpose"(%v244) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v246 = "stablehlo.slice"(%v245) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v247 = "stablehlo.slice"(%v245) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v248 = "stablehlo.negate"(%v247) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v249 = "stablehlo.concatenate"(%v248, %v246) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v250 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v251 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v252 = "stablehlo.broadcast_in_dim"(%v250) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v253 = "stablehlo.multiply"(%v245, %v252) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v254 = "stablehlo.broadcast_in_dim"(%v251) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v255 = "stablehlo.multiply"(%v249, %v254) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v256 = "stablehlo.add"(%v253, %v255) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v257 = "stablehlo.reshape"(%v240) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v258 = "stablehlo.slice"(%v257) {limit_indices = array<i64: 1, 16, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v259 = "stablehlo.reshape"(%v258) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v260 = "stablehlo.reshape"(%v259) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v261 = "stablehlo.transpose"(%v260) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v262 = "stablehlo.slice"(%v261) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v263 = "stablehlo.slice"(%v261) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v264 = "stablehlo.negate"(%v263) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v265 = "stablehlo.concatenate"(%v264, %v262) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v266 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v267 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v268 = "stablehlo.broadcast_in_dim"(%v266) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v269 = "stablehlo.multiply"(%v261, %v268) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v270 = "stablehlo.broadcast_in_dim"(%v267) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v271 = "stablehlo.multiply"(%v265, %v270) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v272 = "stablehlo.add"(%v269, %v271) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v273 = "stablehlo.reshape"(%v240) : (tensor<1x16x128xf32>) -> tensor<1x16x2x64xf32>
    %v274 = "stablehlo.slice"(%v273) {limit_indices = array<i64: 1, 16, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x64xf32>) -> tensor<1x16x2x16xf32>
    %v275 = "stablehlo.reshape"(%v274) : (tensor<1x16x2x16xf32>) -> tensor<1x16x32xf32>
    %v276 = "stablehlo.reshape"(%v275) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v277 = "stablehlo.transpose"(%v276) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v278 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v279 = "stablehlo.broadcast_in_dim"(%v278) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v280 = "stablehlo.multiply"(%v18, %v279) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v281 = "stablehlo.reshape"(%v280) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v282 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
    %v283 = "stablehlo.broadcast_in_dim"(%v281) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v284 = "stablehlo.add"(%v283, %v282) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
    %v285 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v286 = "stablehlo.broadcast_in_dim"(%v285) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v287 = "stablehlo.reshape"(%v284) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v288 = "stablehlo.reshape"(%v286) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v289 = "stablehlo.concatenate"(%v287, %v288) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
    %v290 = "stablehlo.reshape"(%v272) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v291 = "stablehlo.reshape"(%v277) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v294 = "stablehlo.scatter"(%v21, %v289, %v290) ({
      ^bb0(%v292: tensor<f32>, %v293: tensor<f32>):
        "stablehlo.return"(%v293) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v297 = "stablehlo.scatter"(%v23, %v289, %v291) ({
      ^bb0(%v295: tensor<f32>, %v296: tensor<f32>):
        "stablehlo.return"(%v296) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v298 = "stablehlo.reshape"(%v256) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v299 = "stablehlo.reshape"(%v298) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v300 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v301 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v302 = "stablehlo.reshape"(%v301) : (tensor<1xi32>) -> tensor<i32>
    %v303 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v304 = "stablehlo.multiply"(%v302, %v303) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v305 = "stablehlo.dynamic_slice"(%v294, %v304, %v300, %v300) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v306 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v307 = "stablehlo.reshape"(%v306) : (tensor<1xi32>) -> tensor<i32>
    %v308 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v309 = "stablehlo.multiply"(%v307, %v308) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v310 = "stablehlo.dynamic_slice"(%v297, %v309, %v300, %v300) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v311 = "stablehlo.dot_general"(%v299, %v305) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v312 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v313 = "stablehlo.broadcast_in_dim"(%v312) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v314 = "stablehlo.multiply"(%v311, %v313) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v315 = "stablehlo.reshape"(%v314) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v316 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v317 = "stablehlo.broadcast_in_dim"(%v316) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v318 = "stablehlo.broadcast_in_dim"(%v53) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v319 = "stablehlo.select"(%v318, %v315, %v317) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v320 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v324 = "stablehlo.reduce"(%v319, %v320) ({
      ^bb0(%v321: tensor<f32>, %v322: tensor<f32>):
        %v323 = "stablehlo.maximum"(%v321, %v322) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v323) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v325 = "stablehlo.reshape"(%v324) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v326 = "stablehlo.broadcast_in_dim"(%v325) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v327 = "stablehlo.subtract"(%v319, %v326) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v328 = "stablehlo.exponential"(%v327) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v329 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v333 = "stablehlo.reduce"(%v328, %v329) ({
      ^bb0(%v330: tensor<f32>, %v331: tensor<f32>):
        %v332 = "stablehlo.add"(%v330, %v331) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v332) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v334 = "stablehlo.reshape"(%v333) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v335 = "stablehlo.broadcast_in_dim"(%v334) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v336 = "stablehlo.divide"(%v328, %v335) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v337 = "stablehlo.reshape"(%v336) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v338 = "stablehlo.dot_general"(%v337, %v310) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v339 = "stablehlo.reshape"(%v338) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v340 = "stablehlo.transpose"(%v339) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v341 = "stablehlo.reshape"(%v340) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v342 = "stablehlo.reshape"(%v341) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v343 = "stablehlo.dot_general"(%v9, %v342) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v344 = "stablehlo.transpose"(%v343) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v345 = "stablehlo.reshape"(%v344) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v346 = "stablehlo.add"(%v218, %v345) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v347 = "stablehlo.multiply"(%v346, %v346) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v348 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v352 = "stablehlo.reduce"(%v347, %v348) ({
      ^bb0(%v349: tensor<f32>, %v350: tensor<f32>):
        %v351 = "stablehlo.add"(%v349, %v350) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v351) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v353 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v354 = "stablehlo.broadcast_in_dim"(%v353) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v355 = "stablehlo.divide"(%v352, %v354) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v356 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v357 = "stablehlo.broadcast_in_dim"(%v356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v358 = "stablehlo.add"(%v355, %v357) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v359 = "stablehlo.rsqrt"(%v358) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v360 = "stablehlo.reshape"(%v359) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v361 = "stablehlo.broadcast_in_dim"(%v360) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v362 = "stablehlo.multiply"(%v346, %v361) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v363 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v364 = "stablehlo.multiply"(%v362, %v363) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v365 = "stablehlo.reshape"(%v364) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v366 = "stablehlo.dot_general"(%v11, %v365) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v367 = "stablehlo.transpose"(%v366) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v368 = "stablehlo.reshape"(%v367) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v369 = "stablehlo.reshape"(%v368) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v370 = "stablehlo.slice"(%v369) {limit_indices = array<i64: 1, 16, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v371 = "stablehlo.reshape"(%v370) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v372 = "stablehlo.reshape"(%v368) : (tensor<1x16x320xf32>) -> tensor<1x16x2x160xf32>
    %v373 = "stablehlo.slice"(%v372) {limit_indices = array<i64: 1, 16, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x16x2x160xf32>) -> tensor<1x16x2x80xf32>
    %v374 = "stablehlo.reshape"(%v373) : (tensor<1x16x2x80xf32>) -> tensor<1x16x160xf32>
    %v375 = "stablehlo.logistic"(%v371) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v376 = "stablehlo.multiply"(%v371, %v375) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v377 = "stablehlo.multiply"(%v376, %v374) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v378 = "stablehlo.reshape"(%v377) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v379 = "stablehlo.dot_general"(%v12, %v378) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v380 = "stablehlo.transpose"(%v379) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v381 = "stablehlo.reshape"(%v380) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v382 = "stablehlo.add"(%v346, %v381) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v383 = "stablehlo.multiply"(%v382, %v382) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v384 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v388 = "stablehlo.reduce"(%v383, %v384) ({
      ^bb0(%v385: tensor<f32>, %v386: tensor<f32>):
        %v387 = "stablehlo.add"(%v385, %v386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v387) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v389 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v390 = "stablehlo.broadcast_in_dim"(%v389) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v391 = "stablehlo.divide"(%v388, %v390) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v392 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v393 = "stablehlo.broadcast_in_dim"(%v392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v394 = "stablehlo.add"(%v391, %v393) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v395 = "stablehlo.rsqrt"(%v394) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v396 = "stablehlo.reshape"(%v395) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v397 = "stablehlo.broadcast_in_dim"(%v396) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v398 = "stablehlo.multiply"(%v382, %v397) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v399 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v400 = "stablehlo.multiply"(%v398, %v399) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v401 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v402 = "stablehlo.dynamic_slice"(%v400, %v401, %v19, %v401) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v403 = "stablehlo.reshape"(%v402) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v404 = "stablehlo.dot_general"(%v14, %v403) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v405 = "stablehlo.transpose"(%v404) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v406 = "stablehlo.reshape"(%v405) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v407 = "stablehlo.reshape"(%v406) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v408 = "stablehlo.reshape"(%v24) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v409 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v410 = "stablehlo.broadcast_in_dim"(%v409) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v411 = "stablehlo.compare"(%v408, %v410) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v412 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v413 = "stablehlo.broadcast_in_dim"(%v412) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v414 = "stablehlo.select"(%v411, %v413, %v408) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v415 = "stablehlo.broadcast_in_dim"(%v414) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v416 = "stablehlo.divide"(%v407, %v415) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v417 = "stablehlo.bitcast_convert"(%v416) : (tensor<1x96xf32>) -> tensor<1x96xui32>
    %v418 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
    %v419 = "stablehlo.broadcast_in_dim"(%v418) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v420 = "stablehlo.compare"(%v417, %v419) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
    %v421 = "stablehlo.constant"() {value = dense<4294967295> : tensor<ui32>} : () -> tensor<ui32>
    %v422 = "stablehlo.broadcast_in_dim"(%v421) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v423 = "stablehlo.xor"(%v417, %v422) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v424 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
    %v425 = "stablehlo.broadcast_in_dim"(%v424) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v426 = "stablehlo.or"(%v417, %v425) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v427 = "stablehlo.select"(%v420, %v423, %v426) : (tensor<1x96xi1>, tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v428 = "stablehlo.reshape"(%v25) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v429 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v430 = "stablehlo.broadcast_in_dim"(%v429) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v431 = "stablehlo.compare"(%v428, %v430) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %v432 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v433 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v434 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v473, %v474, %v475, %v476, %v477 = "stablehlo.while"(%v432, %v433, %v434, %v427, %v428) ({
      ^bb0(%v435: tensor<i32>, %v436: tensor<1x1xui32>, %v437: tensor<1x1xui32>, %v471: tensor<1x96xui32>, %v472: tensor<1x1xi32>):
        %v438 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
        %v439 = "stablehlo.compare"(%v435, %v438) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v439) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v441: tensor<i32>, %v442: tensor<1x1xui32>, %v443: tensor<1x1xui32>, %v450: tensor<1x96xui32>, %v459: tensor<1x1xi32>):
        %v444 = "stablehlo.subtract"(%v443, %v442) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v445 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v446 = "stablehlo.broadcast_in_dim"(%v445) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v447 = "stablehlo.shift_right_logical"(%v444, %v446) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v448 = "stablehlo.add"(%v442, %v447) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v449 = "stablehlo.broadcast_in_dim"(%v448) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v451 = "stablehlo.compare"(%v450, %v449) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v452 = "stablehlo.convert"(%v451) : (tensor<1x96xi1>) -> tensor<1x96xi32>
        %v453 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v457 = "stablehlo.reduce"(%v452, %v453) ({
          ^bb0(%v454: tensor<i32>, %v455: tensor<i32>):
            %v456 = "stablehlo.add"(%v454, %v455) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v456) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v458 = "stablehlo.reshape"(%v457) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v460 = "stablehlo.compare"(%v458, %v459) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v461 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v462 = "stablehlo.add"(%v441, %v461) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v463 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v464 = "stablehlo.broadcast_in_dim"(%v463) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v465 = "stablehlo.add"(%v448, %v464) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v466 = "stablehlo.select"(%v460, %v442, %v465) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v467 = "stablehlo.select"(%v460, %v448, %v443) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        "stablehlo.return"(%v462, %v466, %v467, %v450, %v459) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>)
    %v478 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
    %v479 = "stablehlo.broadcast_in_dim"(%v478) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v480 = "stablehlo.select"(%v431, %v479, %v475) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v481 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v485 = "stablehlo.reduce"(%v416, %v481) ({
      ^bb0(%v482: tensor<f32>, %v483: tensor<f32>):
        %v484 = "stablehlo.maximum"(%v482, %v483) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v484) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v486 = "stablehlo.reshape"(%v485) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v487 = "stablehlo.broadcast_in_dim"(%v486) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v488 = "stablehlo.subtract"(%v416, %v487) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v489 = "stablehlo.exponential"(%v488) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v490 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v494 = "stablehlo.reduce"(%v489, %v490) ({
      ^bb0(%v491: tensor<f32>, %v492: tensor<f32>):
        %v493 = "stablehlo.add"(%v491, %v492) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v493) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v495 = "stablehlo.reshape"(%v494) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v496 = "stablehlo.broadcast_in_dim"(%v495) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v497 = "stablehlo.divide"(%v489, %v496) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v498 = "stablehlo.reshape"(%v26) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v499 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v500 = "stablehlo.broadcast_in_dim"(%v499) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v501 = "stablehlo.compare"(%v498, %v500) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v502 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v503 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v504 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v505 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v549, %v550, %v551, %v552, %v553, %v554, %v555 = "stablehlo.while"(%v503, %v504, %v505, %v427, %v502, %v497, %v498) ({
      ^bb0(%v506: tensor<i32>, %v507: tensor<1x1xui32>, %v508: tensor<1x1xui32>, %v545: tensor<1x96xui32>, %v546: tensor<f32>, %v547: tensor<1x96xf32>, %v548: tensor<1x1xf32>):
        %v509 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
        %v510 = "stablehlo.compare"(%v506, %v509) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v510) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v512: tensor<i32>, %v513: tensor<1x1xui32>, %v514: tensor<1x1xui32>, %v521: tensor<1x96xui32>, %v523: tensor<f32>, %v525: tensor<1x96xf32>, %v533: tensor<1x1xf32>):
        %v515 = "stablehlo.subtract"(%v514, %v513) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v516 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v517 = "stablehlo.broadcast_in_dim"(%v516) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v518 = "stablehlo.shift_right_logical"(%v515, %v517) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v519 = "stablehlo.add"(%v513, %v518) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v520 = "stablehlo.broadcast_in_dim"(%v519) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v522 = "stablehlo.compare"(%v521, %v520) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v524 = "stablehlo.broadcast_in_dim"(%v523) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v526 = "stablehlo.select"(%v522, %v525, %v524) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v527 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v531 = "stablehlo.reduce"(%v526, %v527) ({
          ^bb0(%v528: tensor<f32>, %v529: tensor<f32>):
            %v530 = "stablehlo.add"(%v528, %v529) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v530) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v532 = "stablehlo.reshape"(%v531) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v534 = "stablehlo.compare"(%v532, %v533) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v535 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v536 = "stablehlo.add"(%v512, %v535) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v537 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v538 = "stablehlo.broadcast_in_dim"(%v537) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v539 = "stablehlo.add"(%v519, %v538) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v540 = "stablehlo.select"(%v534, %v513, %v539) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v541 = "stablehlo.select"(%v534, %v519, %v514) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        "stablehlo.return"(%v536, %v540, %v541, %v521, %v523, %v525, %v533) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> ()
    }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>)
    %v556 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
    %v557 = "stablehlo.broadcast_in_dim"(%v556) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v558 = "stablehlo.select"(%v501, %v557, %v551) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v559 = "stablehlo.maximum"(%v480, %v558) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v560 = "stablehlo.broadcast_in_dim"(%v559) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v561 = "stablehlo.compare"(%v427, %v560) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
    %v562 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v563 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v564 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
    %v565 = "stablehlo.broadcast_in_dim"(%v564) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v566 = "stablehlo.xor"(%v562, %v565) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v567 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v568 = "stablehlo.broadcast_in_dim"(%v567) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v569 = "stablehlo.shift_right_logical"(%v566, %v568) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v570 = "stablehlo.xor"(%v566, %v569) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v571 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v572 = "stablehlo.broadcast_in_dim"(%v571) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v573 = "stablehlo.multiply"(%v570, %v572) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v574 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v575 = "stablehlo.broadcast_in_dim"(%v574) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v576 = "stablehlo.shift_right_logical"(%v573, %v575) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v577 = "stablehlo.xor"(%v573, %v576) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v578 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v579 = "stablehlo.broadcast_in_dim"(%v578) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v580 = "stablehlo.multiply"(%v577, %v579) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v581 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v582 = "stablehlo.broadcast_in_dim"(%v581) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v583 = "stablehlo.shift_right_logical"(%v580, %v582) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v584 = "stablehlo.xor"(%v580, %v583) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v585 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v586 = "stablehlo.xor"(%v584, %v585) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v587 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v588 = "stablehlo.broadcast_in_dim"(%v587) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v589 = "stablehlo.shift_right_logical"(%v586, %v588) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v590 = "stablehlo.xor"(%v586, %v589) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v591 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v592 = "stablehlo.broadcast_in_dim"(%v591) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v593 = "stablehlo.multiply"(%v590, %v592) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v594 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v595 = "stablehlo.broadcast_in_dim"(%v594) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v596 = "stablehlo.shift_right_logical"(%v593, %v595) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v597 = "stablehlo.xor"(%v593, %v596) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v598 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v599 = "stablehlo.broadcast_in_dim"(%v598) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v600 = "stablehlo.multiply"(%v597, %v599) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v601 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v602 = "stablehlo.broadcast_in_dim"(%v601) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v603 = "stablehlo.shift_right_logical"(%v600, %v602) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v604 = "stablehlo.xor"(%v600, %v603) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v605 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v606 = "stablehlo.xor"(%v604, %v605) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v607 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v608 = "stablehlo.broadcast_in_dim"(%v607) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v609 = "stablehlo.shift_right_logical"(%v606, %v608) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v610 = "stablehlo.xor"(%v606, %v609) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v611 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v612 = "stablehlo.broadcast_in_dim"(%v611) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v613 = "stablehlo.multiply"(%v610, %v612) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v614 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v615 = "stablehlo.broadcast_in_dim"(%v614) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v616 = "stablehlo.shift_right_logical"(%v613, %v615) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v617 = "stablehlo.xor"(%v613, %v616) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v618 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v619 = "stablehlo.broadcast_in_dim"(%v618) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v620 = "stablehlo.multiply"(%v617, %v619) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v621 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v622 = "stablehlo.broadcast_in_dim"(%v621) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v623 = "stablehlo.shift_right_logical"(%v620, %v622) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v624 = "stablehlo.xor"(%v620, %v623) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v625 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
    %v626 = "stablehlo.broadcast_in_dim"(%v624) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v627 = "stablehlo.xor"(%v625, %v626) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v628 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v629 = "stablehlo.broadcast_in_dim"(%v628) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v630 = "stablehlo.shift_right_logical"(%v627, %v629) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v631 = "stablehlo.xor"(%v627, %v630) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v632 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v633 = "stablehlo.broadcast_in_dim"(%v632) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v634 = "stablehlo.multiply"(%v631, %v633) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v635 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v636 = "stablehlo.broadcast_in_dim"(%v635) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v637 = "stablehlo.shift_right_logical"(%v634, %v636) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v638 = "stablehlo.xor"(%v634, %v637) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v639 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v640 = "stablehlo.broadcast_in_dim"(%v639) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v641 = "stablehlo.multiply"(%v638, %v640) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v642 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v643 = "stablehlo.broadcast_in_dim"(%v642) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v644 = "stablehlo.shift_right_logical"(%v641, %v643) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v645 = "stablehlo.xor"(%v641, %v644) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v646 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
    %v647 = "stablehlo.broadcast_in_dim"(%v646) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v648 = "stablehlo.add"(%v645, %v647) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v649 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v650 = "stablehlo.broadcast_in_dim"(%v649) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v651 = "stablehlo.shift_right_logical"(%v648, %v650) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v652 = "stablehlo.xor"(%v648, %v651) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v653 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v654 = "stablehlo.broadcast_in_dim"(%v653) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v655 = "stablehlo.multiply"(%v652, %v654) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v656 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v657 = "stablehlo.broadcast_in_dim"(%v656) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v658 = "stablehlo.shift_right_logical"(%v655, %v657) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v659 = "stablehlo.xor"(%v655, %v658) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v660 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v661 = "stablehlo.broadcast_in_dim"(%v660) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v662 = "stablehlo.multiply"(%v659, %v661) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v663 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v664 = "stablehlo.broadcast_in_dim"(%v663) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v665 = "stablehlo.shift_right_logical"(%v662, %v664) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v666 = "stablehlo.xor"(%v662, %v665) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v667 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v668 = "stablehlo.broadcast_in_dim"(%v667) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v669 = "stablehlo.shift_right_logical"(%v666, %v668) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v670 = "stablehlo.convert"(%v669) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v671 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v672 = "stablehlo.broadcast_in_dim"(%v671) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v673 = "stablehlo.add"(%v670, %v672) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v674 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v675 = "stablehlo.broadcast_in_dim"(%v674) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v676 = "stablehlo.multiply"(%v673, %v675) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v677 = "stablehlo.log"(%v676) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v678 = "stablehlo.negate"(%v677) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v679 = "stablehlo.log"(%v678) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v680 = "stablehlo.negate"(%v679) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v681 = "stablehlo.add"(%v416, %v680) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v682 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v683 = "stablehlo.broadcast_in_dim"(%v682) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v684 = "stablehlo.select"(%v561, %v681, %v683) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v685 = "stablehlo.reshape"(%v411) : (tensor<1x1xi1>) -> tensor<1xi1>
    %v686 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v687 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v688 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v700, %v701 = "stablehlo.reduce"(%v407, %v686, %v687, %v688) ({
      ^bb0(%v689: tensor<f32>, %v690: tensor<i32>, %v691: tensor<f32>, %v692: tensor<i32>):
        %v693 = "stablehlo.compare"(%v691, %v689) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v694 = "stablehlo.compare"(%v691, %v689) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v695 = "stablehlo.compare"(%v692, %v690) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v696 = "stablehlo.and"(%v694, %v695) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v697 = "stablehlo.or"(%v693, %v696) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v698 = "stablehlo.select"(%v697, %v691, %v689) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v699 = "stablehlo.select"(%v697, %v692, %v690) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v698, %v699) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v702 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v703 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v704 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v716, %v717 = "stablehlo.reduce"(%v684, %v702, %v703, %v704) ({
      ^bb0(%v705: tensor<f32>, %v706: tensor<i32>, %v707: tensor<f32>, %v708: tensor<i32>):
        %v709 = "stablehlo.compare"(%v707, %v705) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v710 = "stablehlo.compare"(%v707, %v705) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v711 = "stablehlo.compare"(%v708, %v706) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v712 = "stablehlo.and"(%v710, %v711) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v713 = "stablehlo.or"(%v709, %v712) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v714 = "stablehlo.select"(%v713, %v707, %v705) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v715 = "stablehlo.select"(%v713, %v708, %v706) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v714, %v715) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v718 = "stablehlo.select"(%v685, %v701, %v717) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v719 = "stablehlo.reshape"(%v718) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v719, %v130, %v294, %v133, %v297) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
