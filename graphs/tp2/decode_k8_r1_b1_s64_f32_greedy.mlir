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
    %v509, %v510, %v511, %v512, %v513, %v514, %v515, %v516, %v517, %v518, %v519, %v520, %v521, %v522, %v523, %v524, %v525, %v526, %v527, %v528, %v529, %v530, %v531, %v532, %v533, %v534 = "stablehlo.while"(%v24, %v15, %v16, %v18, %v25, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v17, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v19) ({
      ^bb0(%v26: tensor<i32>, %v27: tensor<1x1xi32>, %v28: tensor<1xi32>, %v29: tensor<1xi32>, %v30: tensor<1x8xi32>, %v31: tensor<2x64x16xf32>, %v32: tensor<2x64x16xf32>, %v33: tensor<2x64x16xf32>, %v34: tensor<2x64x16xf32>, %v492: tensor<96x64xf32>, %v493: tensor<64xf32>, %v494: tensor<128x64xf32>, %v495: tensor<1xi32>, %v496: tensor<64x64xf32>, %v497: tensor<64xf32>, %v498: tensor<320x64xf32>, %v499: tensor<64x160xf32>, %v500: tensor<64xf32>, %v501: tensor<128x64xf32>, %v502: tensor<64x64xf32>, %v503: tensor<64xf32>, %v504: tensor<320x64xf32>, %v505: tensor<64x160xf32>, %v506: tensor<64xf32>, %v507: tensor<96x64xf32>, %v508: tensor<1x8xi32>):
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
      ^bb0(%v46: tensor<i32>, %v47: tensor<1x1xi32>, %v48: tensor<1xi32>, %v49: tensor<1xi32>, %v50: tensor<1x8xi32>, %v51: tensor<2x64x16xf32>, %v52: tensor<2x64x16xf32>, %v53: tensor<2x64x16xf32>, %v54: tensor<2x64x16xf32>, %v80: tensor<96x64xf32>, %v98: tensor<64xf32>, %v102: tensor<128x64xf32>, %v143: tensor<1xi32>, %v202: tensor<64x64xf32>, %v223: tensor<64xf32>, %v227: tensor<320x64xf32>, %v241: tensor<64x160xf32>, %v262: tensor<64xf32>, %v266: tensor<128x64xf32>, %v365: tensor<64x64xf32>, %v386: tensor<64xf32>, %v390: tensor<320x64xf32>, %v404: tensor<64x160xf32>, %v425: tensor<64xf32>, %v429: tensor<96x64xf32>, %v459: tensor<1x8xi32>):
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
        %v144 = "stablehlo.reshape"(%v143) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v145 = "stablehlo.reshape"(%v48) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v146 = "stablehlo.concatenate"(%v144, %v145) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
        %v147 = "stablehlo.reshape"(%v51) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
        %v150 = "stablehlo.scatter"(%v147, %v146, %v137) ({
          ^bb0(%v148: tensor<f32>, %v149: tensor<f32>):
            "stablehlo.return"(%v149) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x1x16xf32>) -> tensor<1x2x64x16xf32>
        %v151 = "stablehlo.reshape"(%v150) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
        %v152 = "stablehlo.reshape"(%v53) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
        %v155 = "stablehlo.scatter"(%v152, %v146, %v142) ({
          ^bb0(%v153: tensor<f32>, %v154: tensor<f32>):
            "stablehlo.return"(%v154) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x1x16xf32>) -> tensor<1x2x64x16xf32>
        %v156 = "stablehlo.reshape"(%v155) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
        %v157 = "stablehlo.reshape"(%v121) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v158 = "stablehlo.reshape"(%v157) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v159 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v160 = "stablehlo.slice"(%v143) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v161 = "stablehlo.reshape"(%v160) : (tensor<1xi32>) -> tensor<i32>
        %v162 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v163 = "stablehlo.multiply"(%v161, %v162) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v164 = "stablehlo.dynamic_slice"(%v151, %v163, %v159, %v159) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v165 = "stablehlo.slice"(%v143) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v166 = "stablehlo.reshape"(%v165) : (tensor<1xi32>) -> tensor<i32>
        %v167 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v168 = "stablehlo.multiply"(%v166, %v167) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v169 = "stablehlo.dynamic_slice"(%v156, %v168, %v159, %v159) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v170 = "stablehlo.dot_general"(%v158, %v164) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
        %v171 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
        %v172 = "stablehlo.broadcast_in_dim"(%v171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
        %v173 = "stablehlo.multiply"(%v170, %v172) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
        %v174 = "stablehlo.reshape"(%v173) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v175 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v176 = "stablehlo.broadcast_in_dim"(%v175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
        %v177 = "stablehlo.broadcast_in_dim"(%v79) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
        %v178 = "stablehlo.select"(%v177, %v174, %v176) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v179 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v183 = "stablehlo.reduce"(%v178, %v179) ({
          ^bb0(%v180: tensor<f32>, %v181: tensor<f32>):
            %v182 = "stablehlo.maximum"(%v180, %v181) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v182) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v184 = "stablehlo.reshape"(%v183) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v185 = "stablehlo.broadcast_in_dim"(%v184) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v186 = "stablehlo.subtract"(%v178, %v185) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v187 = "stablehlo.exponential"(%v186) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v188 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v192 = "stablehlo.reduce"(%v187, %v188) ({
          ^bb0(%v189: tensor<f32>, %v190: tensor<f32>):
            %v191 = "stablehlo.add"(%v189, %v190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v191) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v193 = "stablehlo.reshape"(%v192) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v194 = "stablehlo.broadcast_in_dim"(%v193) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v195 = "stablehlo.divide"(%v187, %v194) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v196 = "stablehlo.reshape"(%v195) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
        %v197 = "stablehlo.dot_general"(%v196, %v169) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
        %v198 = "stablehlo.reshape"(%v197) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v199 = "stablehlo.transpose"(%v198) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v200 = "stablehlo.reshape"(%v199) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v201 = "stablehlo.reshape"(%v200) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v203 = "stablehlo.dot_general"(%v202, %v201) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v204 = "stablehlo.transpose"(%v203) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v205 = "stablehlo.reshape"(%v204) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v206 = "stablehlo.add"(%v81, %v205) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v207 = "stablehlo.multiply"(%v206, %v206) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v208 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v212 = "stablehlo.reduce"(%v207, %v208) ({
          ^bb0(%v209: tensor<f32>, %v210: tensor<f32>):
            %v211 = "stablehlo.add"(%v209, %v210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v211) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v213 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v214 = "stablehlo.broadcast_in_dim"(%v213) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v215 = "stablehlo.divide"(%v212, %v214) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v216 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v217 = "stablehlo.broadcast_in_dim"(%v216) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v218 = "stablehlo.add"(%v215, %v217) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v219 = "stablehlo.rsqrt"(%v218) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v220 = "stablehlo.reshape"(%v219) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v221 = "stablehlo.broadcast_in_dim"(%v220) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v222 = "stablehlo.multiply"(%v206, %v221) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v224 = "stablehlo.broadcast_in_dim"(%v223) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v225 = "stablehlo.multiply"(%v222, %v224) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v226 = "stablehlo.reshape"(%v225) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v228 = "stablehlo.dot_general"(%v227, %v226) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v229 = "stablehlo.transpose"(%v228) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v230 = "stablehlo.reshape"(%v229) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v231 = "stablehlo.reshape"(%v230) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v232 = "stablehlo.slice"(%v231) {limit_indices = array<i64: 1, 1, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v233 = "stablehlo.reshape"(%v232) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v234 = "stablehlo.reshape"(%v230) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v235 = "stablehlo.slice"(%v234) {limit_indices = array<i64: 1, 1, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v236 = "stablehlo.reshape"(%v235) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v237 = "stablehlo.logistic"(%v233) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v238 = "stablehlo.multiply"(%v233, %v237) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v239 = "stablehlo.multiply"(%v238, %v236) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v240 = "stablehlo.reshape"(%v239) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v242 = "stablehlo.dot_general"(%v241, %v240) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v243 = "stablehlo.transpose"(%v242) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v244 = "stablehlo.reshape"(%v243) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v245 = "stablehlo.add"(%v206, %v244) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v246 = "stablehlo.multiply"(%v245, %v245) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v247 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v251 = "stablehlo.reduce"(%v246, %v247) ({
          ^bb0(%v248: tensor<f32>, %v249: tensor<f32>):
            %v250 = "stablehlo.add"(%v248, %v249) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v250) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v252 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v253 = "stablehlo.broadcast_in_dim"(%v252) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v254 = "stablehlo.divide"(%v251, %v253) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v255 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v256 = "stablehlo.broadcast_in_dim"(%v255) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v257 = "stablehlo.add"(%v254, %v256) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v258 = "stablehlo.rsqrt"(%v257) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v259 = "stablehlo.reshape"(%v258) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v260 = "stablehlo.broadcast_in_dim"(%v259) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v261 = "stablehlo.multiply"(%v245, %v260) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v263 = "stablehlo.broadcast_in_dim"(%v262) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v264 = "stablehlo.multiply"(%v261, %v263) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v265 = "stablehlo.reshape"(%v264) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v267 = "stablehlo.dot_general"(%v266, %v265) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
        %v268 = "stablehlo.transpose"(%v267) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
        %v269 = "stablehlo.reshape"(%v268) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v270 = "stablehlo.reshape"(%v269) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v271 = "stablehlo.slice"(%v270) {limit_indices = array<i64: 1, 1, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x32xf32>
        %v272 = "stablehlo.reshape"(%v271) : (tensor<1x1x2x32xf32>) -> tensor<1x1x64xf32>
        %v273 = "stablehlo.reshape"(%v272) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v274 = "stablehlo.transpose"(%v273) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v275 = "stablehlo.slice"(%v274) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v276 = "stablehlo.slice"(%v274) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v277 = "stablehlo.negate"(%v276) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v278 = "stablehlo.concatenate"(%v277, %v275) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v279 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v280 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v281 = "stablehlo.broadcast_in_dim"(%v279) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v282 = "stablehlo.multiply"(%v274, %v281) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v283 = "stablehlo.broadcast_in_dim"(%v280) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v284 = "stablehlo.multiply"(%v278, %v283) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v285 = "stablehlo.add"(%v282, %v284) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v286 = "stablehlo.reshape"(%v269) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v287 = "stablehlo.slice"(%v286) {limit_indices = array<i64: 1, 1, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v288 = "stablehlo.reshape"(%v287) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v289 = "stablehlo.reshape"(%v288) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v290 = "stablehlo.transpose"(%v289) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v291 = "stablehlo.slice"(%v290) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v292 = "stablehlo.slice"(%v290) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v293 = "stablehlo.negate"(%v292) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v294 = "stablehlo.concatenate"(%v293, %v291) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v295 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v296 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v297 = "stablehlo.broadcast_in_dim"(%v295) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v298 = "stablehlo.multiply"(%v290, %v297) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v299 = "stablehlo.broadcast_in_dim"(%v296) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v300 = "stablehlo.multiply"(%v294, %v299) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v301 = "stablehlo.add"(%v298, %v300) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v302 = "stablehlo.reshape"(%v269) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v303 = "stablehlo.slice"(%v302) {limit_indices = array<i64: 1, 1, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v304 = "stablehlo.reshape"(%v303) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v305 = "stablehlo.reshape"(%v304) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v306 = "stablehlo.transpose"(%v305) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v307 = "stablehlo.reshape"(%v143) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v308 = "stablehlo.reshape"(%v48) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v309 = "stablehlo.concatenate"(%v307, %v308) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
        %v310 = "stablehlo.reshape"(%v52) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
        %v313 = "stablehlo.scatter"(%v310, %v309, %v301) ({
          ^bb0(%v311: tensor<f32>, %v312: tensor<f32>):
            "stablehlo.return"(%v312) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x1x16xf32>) -> tensor<1x2x64x16xf32>
        %v314 = "stablehlo.reshape"(%v313) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
        %v315 = "stablehlo.reshape"(%v54) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
        %v318 = "stablehlo.scatter"(%v315, %v309, %v306) ({
          ^bb0(%v316: tensor<f32>, %v317: tensor<f32>):
            "stablehlo.return"(%v317) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x1x16xf32>) -> tensor<1x2x64x16xf32>
        %v319 = "stablehlo.reshape"(%v318) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
        %v320 = "stablehlo.reshape"(%v285) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v321 = "stablehlo.reshape"(%v320) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v322 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v323 = "stablehlo.slice"(%v143) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v324 = "stablehlo.reshape"(%v323) : (tensor<1xi32>) -> tensor<i32>
        %v325 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v326 = "stablehlo.multiply"(%v324, %v325) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v327 = "stablehlo.dynamic_slice"(%v314, %v326, %v322, %v322) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v328 = "stablehlo.slice"(%v143) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v329 = "stablehlo.reshape"(%v328) : (tensor<1xi32>) -> tensor<i32>
        %v330 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v331 = "stablehlo.multiply"(%v329, %v330) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v332 = "stablehlo.dynamic_slice"(%v319, %v331, %v322, %v322) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v333 = "stablehlo.dot_general"(%v321, %v327) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
        %v334 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
        %v335 = "stablehlo.broadcast_in_dim"(%v334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
        %v336 = "stablehlo.multiply"(%v333, %v335) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
        %v337 = "stablehlo.reshape"(%v336) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v338 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v339 = "stablehlo.broadcast_in_dim"(%v338) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
        %v340 = "stablehlo.broadcast_in_dim"(%v79) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
        %v341 = "stablehlo.select"(%v340, %v337, %v339) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v342 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v346 = "stablehlo.reduce"(%v341, %v342) ({
          ^bb0(%v343: tensor<f32>, %v344: tensor<f32>):
            %v345 = "stablehlo.maximum"(%v343, %v344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v345) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v347 = "stablehlo.reshape"(%v346) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v348 = "stablehlo.broadcast_in_dim"(%v347) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v349 = "stablehlo.subtract"(%v341, %v348) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v350 = "stablehlo.exponential"(%v349) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v351 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v355 = "stablehlo.reduce"(%v350, %v351) ({
          ^bb0(%v352: tensor<f32>, %v353: tensor<f32>):
            %v354 = "stablehlo.add"(%v352, %v353) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v354) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v356 = "stablehlo.reshape"(%v355) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v357 = "stablehlo.broadcast_in_dim"(%v356) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v358 = "stablehlo.divide"(%v350, %v357) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v359 = "stablehlo.reshape"(%v358) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
        %v360 = "stablehlo.dot_general"(%v359, %v332) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
        %v361 = "stablehlo.reshape"(%v360) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v362 = "stablehlo.transpose"(%v361) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v363 = "stablehlo.reshape"(%v362) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v364 = "stablehlo.reshape"(%v363) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v366 = "stablehlo.dot_general"(%v365, %v364) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v367 = "stablehlo.transpose"(%v366) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v368 = "stablehlo.reshape"(%v367) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v369 = "stablehlo.add"(%v245, %v368) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v370 = "stablehlo.multiply"(%v369, %v369) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v371 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v375 = "stablehlo.reduce"(%v370, %v371) ({
          ^bb0(%v372: tensor<f32>, %v373: tensor<f32>):
            %v374 = "stablehlo.add"(%v372, %v373) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v374) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v376 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v377 = "stablehlo.broadcast_in_dim"(%v376) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v378 = "stablehlo.divide"(%v375, %v377) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v379 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v380 = "stablehlo.broadcast_in_dim"(%v379) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v381 = "stablehlo.add"(%v378, %v380) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v382 = "stablehlo.rsqrt"(%v381) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v383 = "stablehlo.reshape"(%v382) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v384 = "stablehlo.broadcast_in_dim"(%v383) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v385 = "stablehlo.multiply"(%v369, %v384) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v387 = "stablehlo.broadcast_in_dim"(%v386) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v388 = "stablehlo.multiply"(%v385, %v387) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v389 = "stablehlo.reshape"(%v388) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v391 = "stablehlo.dot_general"(%v390, %v389) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v392 = "stablehlo.transpose"(%v391) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v393 = "stablehlo.reshape"(%v392) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v394 = "stablehlo.reshape"(%v393) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v395 = "stablehlo.slice"(%v394) {limit_indices = array<i64: 1, 1, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v396 = "stablehlo.reshape"(%v395) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v397 = "stablehlo.reshape"(%v393) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v398 = "stablehlo.slice"(%v397) {limit_indices = array<i64: 1, 1, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v399 = "stablehlo.reshape"(%v398) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v400 = "stablehlo.logistic"(%v396) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v401 = "stablehlo.multiply"(%v396, %v400) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v402 = "stablehlo.multiply"(%v401, %v399) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v403 = "stablehlo.reshape"(%v402) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v405 = "stablehlo.dot_general"(%v404, %v403) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v406 = "stablehlo.transpose"(%v405) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v407 = "stablehlo.reshape"(%v406) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v408 = "stablehlo.add"(%v369, %v407) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v409 = "stablehlo.multiply"(%v408, %v408) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v410 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v414 = "stablehlo.reduce"(%v409, %v410) ({
          ^bb0(%v411: tensor<f32>, %v412: tensor<f32>):
            %v413 = "stablehlo.add"(%v411, %v412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v413) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v415 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v416 = "stablehlo.broadcast_in_dim"(%v415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v417 = "stablehlo.divide"(%v414, %v416) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v418 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v419 = "stablehlo.broadcast_in_dim"(%v418) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v420 = "stablehlo.add"(%v417, %v419) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v421 = "stablehlo.rsqrt"(%v420) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v422 = "stablehlo.reshape"(%v421) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v423 = "stablehlo.broadcast_in_dim"(%v422) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v424 = "stablehlo.multiply"(%v408, %v423) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v426 = "stablehlo.broadcast_in_dim"(%v425) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v427 = "stablehlo.multiply"(%v424, %v426) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v428 = "stablehlo.reshape"(%v427) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v430 = "stablehlo.dot_general"(%v429, %v428) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
        %v431 = "stablehlo.transpose"(%v430) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
        %v432 = "stablehlo.reshape"(%v431) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v433 = "stablehlo.reshape"(%v432) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v434 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v435 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v436 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v448, %v449 = "stablehlo.reduce"(%v433, %v434, %v435, %v436) ({
          ^bb0(%v437: tensor<f32>, %v438: tensor<i32>, %v439: tensor<f32>, %v440: tensor<i32>):
            %v441 = "stablehlo.compare"(%v439, %v437) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v442 = "stablehlo.compare"(%v439, %v437) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v443 = "stablehlo.compare"(%v440, %v438) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v444 = "stablehlo.and"(%v442, %v443) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v445 = "stablehlo.or"(%v441, %v444) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v446 = "stablehlo.select"(%v445, %v439, %v437) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v447 = "stablehlo.select"(%v445, %v440, %v438) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v446, %v447) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v450 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v451 = "stablehlo.compare"(%v49, %v450) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v452 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v453 = "stablehlo.broadcast_in_dim"(%v452) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v454 = "stablehlo.select"(%v451, %v449, %v453) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v455 = "stablehlo.reshape"(%v454) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v456 = "stablehlo.dynamic_update_slice"(%v50, %v455, %v55, %v46) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v457 = "stablehlo.reshape"(%v449) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v458 = "stablehlo.broadcast_in_dim"(%v457) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v460 = "stablehlo.compare"(%v458, %v459) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v461 = "stablehlo.convert"(%v460) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v462 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v466 = "stablehlo.reduce"(%v461, %v462) ({
          ^bb0(%v463: tensor<i32>, %v464: tensor<i32>):
            %v465 = "stablehlo.maximum"(%v463, %v464) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v465) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v467 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v468 = "stablehlo.compare"(%v466, %v467) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v469 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v470 = "stablehlo.broadcast_in_dim"(%v469) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v471 = "stablehlo.subtract"(%v49, %v470) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v472 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v473 = "stablehlo.maximum"(%v471, %v472) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v474 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v475 = "stablehlo.select"(%v468, %v474, %v473) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v476 = "stablehlo.reshape"(%v451) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v477 = "stablehlo.reshape"(%v449) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v478 = "stablehlo.select"(%v476, %v477, %v47) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v479 = "stablehlo.convert"(%v451) : (tensor<1xi1>) -> tensor<1xi32>
        %v480 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v481 = "stablehlo.add"(%v46, %v480) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v482 = "stablehlo.add"(%v48, %v479) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        "stablehlo.return"(%v481, %v478, %v482, %v475, %v456, %v151, %v314, %v156, %v319, %v80, %v98, %v102, %v143, %v202, %v223, %v227, %v241, %v262, %v266, %v365, %v386, %v390, %v404, %v425, %v429, %v459) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>)
    "func.return"(%v513, %v514, %v515, %v516, %v517) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
