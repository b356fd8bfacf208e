module @decode_k8_r1_b1_s64_f32_greedy attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v15: tensor<1x1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "tokens"},
      %v16: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "start"},
      %v17: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "slots"},
      %v18: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "budget"},
      %v19: tensor<1x8xi32> {mhlo.sharding = "{replicated}", xlagen.name = "stop_ids"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "k_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "k_cache.1"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.0"},
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.1"}
  ) -> (tensor<1x8xi32> {mhlo.sharding = "{replicated}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}) {
    %v24 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v25 = "stablehlo.constant"() {value = dense<-1> : tensor<1x8xi32>} : () -> tensor<1x8xi32>
    %v523, %v524, %v525, %v526, %v527, %v528, %v529, %v530, %v531, %v532, %v533, %v534, %v535, %v536, %v537, %v538, %v539, %v540, %v541, %v542, %v543, %v544, %v545, %v546, %v547, %v548 = "stablehlo.while"(%v24, %v15, %v16, %v18, %v25, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v17, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v19) ({
      ^bb0(%v26: tensor<i32>, %v27: tensor<1x1xi32>, %v28: tensor<1xi32>, %v29: tensor<1xi32>, %v30: tensor<1x8xi32>, %v31: tensor<2x64x16xf32>, %v32: tensor<2x64x16xf32>, %v33: tensor<2x64x16xf32>, %v34: tensor<2x64x16xf32>, %v506: tensor<96x64xf32>, %v507: tensor<64xf32>, %v508: tensor<128x64xf32>, %v509: tensor<1xi32>, %v510: tensor<64x64xf32>, %v511: tensor<64xf32>, %v512: tensor<320x64xf32>, %v513: tensor<64x160xf32>, %v514: tensor<64xf32>, %v515: tensor<128x64xf32>, %v516: tensor<64x64xf32>, %v517: tensor<64xf32>, %v518: tensor<320x64xf32>, %v519: tensor<64x160xf32>, %v520: tensor<64xf32>, %v521: tensor<96x64xf32>, %v522: tensor<1x8xi32>):
        %v35 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v39 = "stablehlo.reduce"(%v29, %v35) ({
          ^bb0(%v36: tensor<i32>, %v37: tensor<i32>):
            %v38 = "stablehlo.maximum"(%v36, %v37) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v38) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %v40 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v41 = "stablehlo.compare"(%v39, %v40) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v42 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v43 = "stablehlo.compare"(%v26, %v42) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v44 = "stablehlo.and"(%v43, %v41) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%v44) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v46: tensor<i32>, %v47: tensor<1x1xi32>, %v48: tensor<1xi32>, %v49: tensor<1xi32>, %v50: tensor<1x8xi32>, %v51: tensor<2x64x16xf32>, %v52: tensor<2x64x16xf32>, %v53: tensor<2x64x16xf32>, %v54: tensor<2x64x16xf32>, %v80: tensor<96x64xf32>, %v98: tensor<64xf32>, %v102: tensor<128x64xf32>, %v145: tensor<1xi32>, %v209: tensor<64x64xf32>, %v230: tensor<64xf32>, %v234: tensor<320x64xf32>, %v248: tensor<64x160xf32>, %v269: tensor<64xf32>, %v273: tensor<128x64xf32>, %v379: tensor<64x64xf32>, %v400: tensor<64xf32>, %v404: tensor<320x64xf32>, %v418: tensor<64x160xf32>, %v439: tensor<64xf32>, %v443: tensor<96x64xf32>, %v473: tensor<1x8xi32>):
        %v55 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v56 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
        %v57 = "stablehlo.reshape"(%v48) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v58 = "stablehlo.add"(%v56, %v57) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v59 = "stablehlo.convert"(%v58) : (tensor<1x1xi32>) -> tensor<1x1xf32>
        %v60 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
        %v61 = "stablehlo.reshape"(%v59) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v62 = "stablehlo.reshape"(%v60) : (tensor<8xf32>) -> tensor<1x1x8xf32>
        %v63 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
        %v64 = "stablehlo.multiply"(%v63, %v62) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
        %v65 = "stablehlo.concatenate"(%v64, %v64) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
        %v66 = "stablehlo.cosine"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v67 = "stablehlo.sine"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v68 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
        %v69 = "stablehlo.reshape"(%v48) : (tensor<1xi32>) -> tensor<1x1x1xi32>
        %v70 = "stablehlo.broadcast_in_dim"(%v69) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
        %v71 = "stablehlo.add"(%v68, %v70) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v72 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
        %v73 = "stablehlo.compare"(%v72, %v71) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v74 = "stablehlo.subtract"(%v71, %v72) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v75 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v76 = "stablehlo.broadcast_in_dim"(%v75) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
        %v77 = "stablehlo.compare"(%v74, %v76) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v78 = "stablehlo.and"(%v73, %v77) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
        %v79 = "stablehlo.reshape"(%v78) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v81 = "stablehlo.gather"(%v80, %v47) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
        %v82 = "stablehlo.multiply"(%v81, %v81) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v83 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v87 = "stablehlo.reduce"(%v82, %v83) ({
          ^bb0(%v84: tensor<f32>, %v85: tensor<f32>):
            %v86 = "stablehlo.add"(%v84, %v85) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v86) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v88 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v89 = "stablehlo.broadcast_in_dim"(%v88) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v90 = "stablehlo.divide"(%v87, %v89) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v91 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v92 = "stablehlo.broadcast_in_dim"(%v91) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v93 = "stablehlo.add"(%v90, %v92) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v94 = "stablehlo.rsqrt"(%v93) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v95 = "stablehlo.reshape"(%v94) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v96 = "stablehlo.broadcast_in_dim"(%v95) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v97 = "stablehlo.multiply"(%v81, %v96) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v99 = "stablehlo.broadcast_in_dim"(%v98) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v100 = "stablehlo.multiply"(%v97, %v99) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v101 = "stablehlo.reshape"(%v100) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v103 = "stablehlo.dot_general"(%v102, %v101) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
        %v104 = "stablehlo.transpose"(%v103) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
        %v105 = "stablehlo.reshape"(%v104) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v106 = "stablehlo.reshape"(%v105) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v107 = "stablehlo.slice"(%v106) {limit_indices = array<i64: 1, 1, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x32xf32>
        %v108 = "stablehlo.reshape"(%v107) : (tensor<1x1x2x32xf32>) -> tensor<1x1x64xf32>
        %v109 = "stablehlo.reshape"(%v108) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v110 = "stablehlo.transpose"(%v109) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v111 = "stablehlo.slice"(%v110) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v112 = "stablehlo.slice"(%v110) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v113 = "stablehlo.negate"(%v112) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v114 = "stablehlo.concatenate"(%v113, %v111) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v115 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v116 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v117 = "stablehlo.broadcast_in_dim"(%v115) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v118 = "stablehlo.multiply"(%v110, %v117) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v119 = "stablehlo.broadcast_in_dim"(%v116) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v120 = "stablehlo.multiply"(%v114, %v119) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v121 = "stablehlo.add"(%v118, %v120) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v122 = "stablehlo.reshape"(%v105) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v123 = "stablehlo.slice"(%v122) {limit_indices = array<i64: 1, 1, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v124 = "stablehlo.reshape"(%v123) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v125 = "stablehlo.reshape"(%v124) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v126 = "stablehlo.transpose"(%v125) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v127 = "stablehlo.slice"(%v126) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v128 = "stablehlo.slice"(%v126) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v129 = "stablehlo.negate"(%v128) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v130 = "stablehlo.concatenate"(%v129, %v127) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v131 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v132 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v133 = "stablehlo.broadcast_in_dim"(%v131) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v134 = "stablehlo.multiply"(%v126, %v133) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v135 = "stablehlo.broadcast_in_dim"(%v132) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v136 = "stablehlo.multiply"(%v130, %v135) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v137 = "stablehlo.add"(%v134, %v136) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v138 = "stablehlo.reshape"(%v105) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v139 = "stablehlo.slice"(%v138) {limit_indices = array<i64: 1, 1, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v140 = "stablehlo.reshape"(%v139) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v141 = "stablehlo.reshape"(%v140) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v142 = "stablehlo.transpose"(%v141) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v143 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v144 = "stablehlo.broadcast_in_dim"(%v143) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v146 = "stablehlo.multiply"(%v145, %v144) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v147 = "stablehlo.reshape"(%v146) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v148 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
        %v149 = "stablehlo.broadcast_in_dim"(%v147) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v150 = "stablehlo.add"(%v149, %v148) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
        %v151 = "stablehlo.reshape"(%v48) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v152 = "stablehlo.broadcast_in_dim"(%v151) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v153 = "stablehlo.reshape"(%v150) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v154 = "stablehlo.reshape"(%v152) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v155 = "stablehlo.concatenate"(%v153, %v154) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
        %v156 = "stablehlo.reshape"(%v137) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v157 = "stablehlo.reshape"(%v142) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v160 = "stablehlo.scatter"(%v51, %v155, %v156) ({
          ^bb0(%v158: tensor<f32>, %v159: tensor<f32>):
            "stablehlo.return"(%v159) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v163 = "stablehlo.scatter"(%v53, %v155, %v157) ({
          ^bb0(%v161: tensor<f32>, %v162: tensor<f32>):
            "stablehlo.return"(%v162) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v164 = "stablehlo.reshape"(%v121) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v165 = "stablehlo.reshape"(%v164) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v166 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v167 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v168 = "stablehlo.reshape"(%v167) : (tensor<1xi32>) -> tensor<i32>
        %v169 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v170 = "stablehlo.multiply"(%v168, %v169) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v171 = "stablehlo.dynamic_slice"(%v160, %v170, %v166, %v166) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v172 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v173 = "stablehlo.reshape"(%v172) : (tensor<1xi32>) -> tensor<i32>
        %v174 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v175 = "stablehlo.multiply"(%v173, %v174) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v176 = "stablehlo.dynamic_slice"(%v163, %v175, %v166, %v166) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v177 = "stablehlo.dot_general"(%v165, %v171) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
        %v178 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
        %v179 = "stablehlo.broadcast_in_dim"(%v178) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
        %v180 = "stablehlo.multiply"(%v177, %v179) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
        %v181 = "stablehlo.reshape"(%v180) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v182 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v183 = "stablehlo.broadcast_in_dim"(%v182) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
        %v184 = "stablehlo.broadcast_in_dim"(%v79) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
        %v185 = "stablehlo.select"(%v184, %v181, %v183) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v186 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v190 = "stablehlo.reduce"(%v185, %v186) ({
          ^bb0(%v187: tensor<f32>, %v188: tensor<f32>):
            %v189 = "stablehlo.maximum"(%v187, %v188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v189) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v191 = "stablehlo.reshape"(%v190) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v192 = "stablehlo.broadcast_in_dim"(%v191) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v193 = "stablehlo.subtract"(%v185, %v192) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v194 = "stablehlo.exponential"(%v193) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v195 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v199 = "stablehlo.reduce"(%v194, %v195) ({
          ^bb0(%v196: tensor<f32>, %v197: tensor<f32>):
            %v198 = "stablehlo.add"(%v196, %v197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v198) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v200 = "stablehlo.reshape"(%v199) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v201 = "stablehlo.broadcast_in_dim"(%v200) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v202 = "stablehlo.divide"(%v194, %v201) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v203 = "stablehlo.reshape"(%v202) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
        %v204 = "stablehlo.dot_general"(%v203, %v176) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
        %v205 = "stablehlo.reshape"(%v204) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v206 = "stablehlo.transpose"(%v205) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v207 = "stablehlo.reshape"(%v206) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v208 = "stablehlo.reshape"(%v207) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v210 = "stablehlo.dot_general"(%v209, %v208) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v211 = "stablehlo.transpose"(%v210) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v212 = "stablehlo.reshape"(%v211) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v213 = "stablehlo.add"(%v81, %v212) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v214 = "stablehlo.multiply"(%v213, %v213) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v215 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v219 = "stablehlo.reduce"(%v214, %v215) ({
          ^bb0(%v216: tensor<f32>, %v217: tensor<f32>):
            %v218 = "stablehlo.add"(%v216, %v217) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v218) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v220 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v221 = "stablehlo.broadcast_in_dim"(%v220) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v222 = "stablehlo.divide"(%v219, %v221) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v223 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v224 = "stablehlo.broadcast_in_dim"(%v223) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v225 = "stablehlo.add"(%v222, %v224) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v226 = "stablehlo.rsqrt"(%v225) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v227 = "stablehlo.reshape"(%v226) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v228 = "stablehlo.broadcast_in_dim"(%v227) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v229 = "stablehlo.multiply"(%v213, %v228) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v231 = "stablehlo.broadcast_in_dim"(%v230) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v232 = "stablehlo.multiply"(%v229, %v231) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v233 = "stablehlo.reshape"(%v232) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v235 = "stablehlo.dot_general"(%v234, %v233) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v236 = "stablehlo.transpose"(%v235) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v237 = "stablehlo.reshape"(%v236) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v238 = "stablehlo.reshape"(%v237) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v239 = "stablehlo.slice"(%v238) {limit_indices = array<i64: 1, 1, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v240 = "stablehlo.reshape"(%v239) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v241 = "stablehlo.reshape"(%v237) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v242 = "stablehlo.slice"(%v241) {limit_indices = array<i64: 1, 1, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v243 = "stablehlo.reshape"(%v242) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v244 = "stablehlo.logistic"(%v240) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v245 = "stablehlo.multiply"(%v240, %v244) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v246 = "stablehlo.multiply"(%v245, %v243) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v247 = "stablehlo.reshape"(%v246) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v249 = "stablehlo.dot_general"(%v248, %v247) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v250 = "stablehlo.transpose"(%v249) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v251 = "stablehlo.reshape"(%v250) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v252 = "stablehlo.add"(%v213, %v251) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v253 = "stablehlo.multiply"(%v252, %v252) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v254 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v258 = "stablehlo.reduce"(%v253, %v254) ({
          ^bb0(%v255: tensor<f32>, %v256: tensor<f32>):
            %v257 = "stablehlo.add"(%v255, %v256) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v257) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v259 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v260 = "stablehlo.broadcast_in_dim"(%v259) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v261 = "stablehlo.divide"(%v258, %v260) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v262 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v263 = "stablehlo.broadcast_in_dim"(%v262) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v264 = "stablehlo.add"(%v261, %v263) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v265 = "stablehlo.rsqrt"(%v264) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v266 = "stablehlo.reshape"(%v265) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v267 = "stablehlo.broadcast_in_dim"(%v266) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v268 = "stablehlo.multiply"(%v252, %v267) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v270 = "stablehlo.broadcast_in_dim"(%v269) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v271 = "stablehlo.multiply"(%v268, %v270) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v272 = "stablehlo.reshape"(%v271) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v274 = "stablehlo.dot_general"(%v273, %v272) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
        %v275 = "stablehlo.transpose"(%v274) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
        %v276 = "stablehlo.reshape"(%v275) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v277 = "stablehlo.reshape"(%v276) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v278 = "stablehlo.slice"(%v277) {limit_indices = array<i64: 1, 1, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x32xf32>
        %v279 = "stablehlo.reshape"(%v278) : (tensor<1x1x2x32xf32>) -> tensor<1x1x64xf32>
        %v280 = "stablehlo.reshape"(%v279) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v281 = "stablehlo.transpose"(%v280) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v282 = "stablehlo.slice"(%v281) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v283 = "stablehlo.slice"(%v281) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v284 = "stablehlo.negate"(%v283) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v285 = "stablehlo.concatenate"(%v284, %v282) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v286 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v287 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v288 = "stablehlo.broadcast_in_dim"(%v286) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v289 = "stablehlo.multiply"(%v281, %v288) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v290 = "stablehlo.broadcast_in_dim"(%v287) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v291 = "stablehlo.multiply"(%v285, %v290) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v292 = "stablehlo.add"(%v289, %v291) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v293 = "stablehlo.reshape"(%v276) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v294 = "stablehlo.slice"(%v293) {limit_indices = array<i64: 1, 1, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v295 = "stablehlo.reshape"(%v294) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v296 = "stablehlo.reshape"(%v295) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v297 = "stablehlo.transpose"(%v296) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v298 = "stablehlo.slice"(%v297) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v299 = "stablehlo.slice"(%v297) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v300 = "stablehlo.negate"(%v299) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v301 = "stablehlo.concatenate"(%v300, %v298) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v302 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v303 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v304 = "stablehlo.broadcast_in_dim"(%v302) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v305 = "stablehlo.multiply"(%v297, %v304) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v306 = "stablehlo.broadcast_in_dim"(%v303) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v307 = "stablehlo.multiply"(%v301, %v306) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v308 = "stablehlo.add"(%v305, %v307) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v309 = "stablehlo.reshape"(%v276) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v310 = "stablehlo.slice"(%v309) {limit_indices = array<i64: 1, 1, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v311 = "stablehlo.reshape"(%v310) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v312 = "stablehlo.reshape"(%v311) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v313 = "stablehlo.transpose"(%v312) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v314 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v315 = "stablehlo.broadcast_in_dim"(%v314) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v316 = "stablehlo.multiply"(%v145, %v315) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v317 = "stablehlo.reshape"(%v316) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v318 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
        %v319 = "stablehlo.broadcast_in_dim"(%v317) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v320 = "stablehlo.add"(%v319, %v318) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
        %v321 = "stablehlo.reshape"(%v48) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v322 = "stablehlo.broadcast_in_dim"(%v321) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v323 = "stablehlo.reshape"(%v320) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v324 = "stablehlo.reshape"(%v322) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v325 = "stablehlo.concatenate"(%v323, %v324) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
        %v326 = "stablehlo.reshape"(%v308) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v327 = "stablehlo.reshape"(%v313) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v330 = "stablehlo.scatter"(%v52, %v325, %v326) ({
          ^bb0(%v328: tensor<f32>, %v329: tensor<f32>):
            "stablehlo.return"(%v329) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v333 = "stablehlo.scatter"(%v54, %v325, %v327) ({
          ^bb0(%v331: tensor<f32>, %v332: tensor<f32>):
            "stablehlo.return"(%v332) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v334 = "stablehlo.reshape"(%v292) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v335 = "stablehlo.reshape"(%v334) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v336 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v337 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v338 = "stablehlo.reshape"(%v337) : (tensor<1xi32>) -> tensor<i32>
        %v339 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v340 = "stablehlo.multiply"(%v338, %v339) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v341 = "stablehlo.dynamic_slice"(%v330, %v340, %v336, %v336) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v342 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v343 = "stablehlo.reshape"(%v342) : (tensor<1xi32>) -> tensor<i32>
        %v344 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v345 = "stablehlo.multiply"(%v343, %v344) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v346 = "stablehlo.dynamic_slice"(%v333, %v345, %v336, %v336) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v347 = "stablehlo.dot_general"(%v335, %v341) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
        %v348 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
        %v349 = "stablehlo.broadcast_in_dim"(%v348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
        %v350 = "stablehlo.multiply"(%v347, %v349) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
        %v351 = "stablehlo.reshape"(%v350) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v352 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v353 = "stablehlo.broadcast_in_dim"(%v352) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
        %v354 = "stablehlo.broadcast_in_dim"(%v79) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
        %v355 = "stablehlo.select"(%v354, %v351, %v353) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v356 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v360 = "stablehlo.reduce"(%v355, %v356) ({
          ^bb0(%v357: tensor<f32>, %v358: tensor<f32>):
            %v359 = "stablehlo.maximum"(%v357, %v358) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v359) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v361 = "stablehlo.reshape"(%v360) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v362 = "stablehlo.broadcast_in_dim"(%v361) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v363 = "stablehlo.subtract"(%v355, %v362) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v364 = "stablehlo.exponential"(%v363) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v365 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v369 = "stablehlo.reduce"(%v364, %v365) ({
          ^bb0(%v366: tensor<f32>, %v367: tensor<f32>):
            %v368 = "stablehlo.add"(%v366, %v367) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v368) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v370 = "stablehlo.reshape"(%v369) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v371 = "stablehlo.broadcast_in_dim"(%v370) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v372 = "stablehlo.divide"(%v364, %v371) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v373 = "stablehlo.reshape"(%v372) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
        %v374 = "stablehlo.dot_general"(%v373, %v346) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
        %v375 = "stablehlo.reshape"(%v374) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v376 = "stablehlo.transpose"(%v375) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v377 = "stablehlo.reshape"(%v376) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v378 = "stablehlo.reshape"(%v377) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v380 = "stablehlo.dot_general"(%v379, %v378) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v381 = "stablehlo.transpose"(%v380) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v382 = "stablehlo.reshape"(%v381) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v383 = "stablehlo.add"(%v252, %v382) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v384 = "stablehlo.multiply"(%v383, %v383) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v385 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v389 = "stablehlo.reduce"(%v384, %v385) ({
          ^bb0(%v386: tensor<f32>, %v387: tensor<f32>):
            %v388 = "stablehlo.add"(%v386, %v387) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v388) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v390 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v391 = "stablehlo.broadcast_in_dim"(%v390) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v392 = "stablehlo.divide"(%v389, %v391) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v393 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v394 = "stablehlo.broadcast_in_dim"(%v393) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v395 = "stablehlo.add"(%v392, %v394) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v396 = "stablehlo.rsqrt"(%v395) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v397 = "stablehlo.reshape"(%v396) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v398 = "stablehlo.broadcast_in_dim"(%v397) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v399 = "stablehlo.multiply"(%v383, %v398) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v401 = "stablehlo.broadcast_in_dim"(%v400) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v402 = "stablehlo.multiply"(%v399, %v401) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v403 = "stablehlo.reshape"(%v402) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v405 = "stablehlo.dot_general"(%v404, %v403) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v406 = "stablehlo.transpose"(%v405) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v407 = "stablehlo.reshape"(%v406) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v408 = "stablehlo.reshape"(%v407) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v409 = "stablehlo.slice"(%v408) {limit_indices = array<i64: 1, 1, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v410 = "stablehlo.reshape"(%v409) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v411 = "stablehlo.reshape"(%v407) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v412 = "stablehlo.slice"(%v411) {limit_indices = array<i64: 1, 1, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v413 = "stablehlo.reshape"(%v412) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v414 = "stablehlo.logistic"(%v410) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v415 = "stablehlo.multiply"(%v410, %v414) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v416 = "stablehlo.multiply"(%v415, %v413) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v417 = "stablehlo.reshape"(%v416) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v419 = "stablehlo.dot_general"(%v418, %v417) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v420 = "stablehlo.transpose"(%v419) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v421 = "stablehlo.reshape"(%v420) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v422 = "stablehlo.add"(%v383, %v421) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v423 = "stablehlo.multiply"(%v422, %v422) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v424 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v428 = "stablehlo.reduce"(%v423, %v424) ({
          ^bb0(%v425: tensor<f32>, %v426: tensor<f32>):
            %v427 = "stablehlo.add"(%v425, %v426) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v427) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v429 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v430 = "stablehlo.broadcast_in_dim"(%v429) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v431 = "stablehlo.divide"(%v428, %v430) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v432 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v433 = "stablehlo.broadcast_in_dim"(%v432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v434 = "stablehlo.add"(%v431, %v433) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v435 = "stablehlo.rsqrt"(%v434) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v436 = "stablehlo.reshape"(%v435) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v437 = "stablehlo.broadcast_in_dim"(%v436) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v438 = "stablehlo.multiply"(%v422, %v437) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v440 = "stablehlo.broadcast_in_dim"(%v439) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v441 = "stablehlo.multiply"(%v438, %v440) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v442 = "stablehlo.reshape"(%v441) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v444 = "stablehlo.dot_general"(%v443, %v442) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
        %v445 = "stablehlo.transpose"(%v444) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
        %v446 = "stablehlo.reshape"(%v445) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v447 = "stablehlo.reshape"(%v446) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v448 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v449 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v450 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v462, %v463 = "stablehlo.reduce"(%v447, %v448, %v449, %v450) ({
          ^bb0(%v451: tensor<f32>, %v452: tensor<i32>, %v453: tensor<f32>, %v454: tensor<i32>):
            %v455 = "stablehlo.compare"(%v453, %v451) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v456 = "stablehlo.compare"(%v453, %v451) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v457 = "stablehlo.compare"(%v454, %v452) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v458 = "stablehlo.and"(%v456, %v457) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v459 = "stablehlo.or"(%v455, %v458) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v460 = "stablehlo.select"(%v459, %v453, %v451) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v461 = "stablehlo.select"(%v459, %v454, %v452) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v460, %v461) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v464 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v465 = "stablehlo.compare"(%v49, %v464) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v466 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v467 = "stablehlo.broadcast_in_dim"(%v466) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v468 = "stablehlo.select"(%v465, %v463, %v467) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v469 = "stablehlo.reshape"(%v468) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v470 = "stablehlo.dynamic_update_slice"(%v50, %v469, %v55, %v46) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v471 = "stablehlo.reshape"(%v463) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v472 = "stablehlo.broadcast_in_dim"(%v471) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v474 = "stablehlo.compare"(%v472, %v473) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v475 = "stablehlo.convert"(%v474) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v476 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v480 = "stablehlo.reduce"(%v475, %v476) ({
          ^bb0(%v477: tensor<i32>, %v478: tensor<i32>):
            %v479 = "stablehlo.maximum"(%v477, %v478) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v479) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v481 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v482 = "stablehlo.compare"(%v480, %v481) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v483 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v484 = "stablehlo.broadcast_in_dim"(%v483) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v485 = "stablehlo.subtract"(%v49, %v484) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v486 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v487 = "stablehlo.maximum"(%v485, %v486) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v488 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v489 = "stablehlo.select"(%v482, %v488, %v487) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v490 = "stablehlo.reshape"(%v465) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v491 = "stablehlo.reshape"(%v463) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v492 = "stablehlo.select"(%v490, %v491, %v47) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v493 = "stablehlo.convert"(%v465) : (tensor<1xi1>) -> tensor<1xi32>
        %v494 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v495 = "stablehlo.add"(%v46, %v494) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v496 = "stablehlo.add"(%v48, %v493) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        "stablehlo.return"(%v495, %v492, %v496, %v489, %v470, %v160, %v330, %v163, %v333, %v80, %v98, %v102, %v145, %v209, %v230, %v234, %v248, %v269, %v273, %v379, %v400, %v404, %v418, %v439, %v443, %v473) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>)
    "func.return"(%v527, %v528, %v529, %v530, %v531) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
