// In the shape of Vivado HLS's AXI4-Lite block-level control (s_axi_control): ap_start, ap_done and the
// argument n live in the register file of <top>_control_s_axi (ADDR_AP_CTRL at 0x00: bit 0 ap_start, bit 1
// ap_done clear-on-read, bit 2 ap_idle, bit 3 ap_ready; ADDR_N_DATA_0 at 0x10, ADDR_AP_RETURN_0 at 0x18); the
// top has no ap_start or ap_done port. Sums 0 .. n-1, returned through the slave and on the port sum.
// Hand-written for the tests.
`timescale 1 ns / 1 ps
module axi_sum_control_s_axi (
  input ACLK, input ARESET, input ACLK_EN,
  input [4:0] AWADDR, input AWVALID, output AWREADY,
  input [31:0] WDATA, input [3:0] WSTRB, input WVALID, output WREADY,
  output [1:0] BRESP, output BVALID, input BREADY,
  input [4:0] ARADDR, input ARVALID, output ARREADY,
  output [31:0] RDATA, output [1:0] RRESP, output RVALID, input RREADY,
  output ap_start, input ap_done, input ap_ready, input ap_idle, output [7:0] n, input [15:0] ap_return);
  localparam ADDR_AP_CTRL = 5'h00, ADDR_N_DATA_0 = 5'h10, ADDR_N_CTRL = 5'h14, ADDR_AP_RETURN_0 = 5'h18;
  reg int_ap_start, int_ap_done, rvalid, bvalid, aw_ok;
  reg [4:0] waddr;
  reg [7:0] int_n;
  reg [31:0] rdata;
  assign AWREADY = ~aw_ok & ~bvalid;
  assign WREADY = aw_ok;
  assign BRESP = 2'b00;
  assign RRESP = 2'b00;
  assign BVALID = bvalid;
  assign RVALID = rvalid;
  assign ARREADY = ~rvalid;
  assign RDATA = rdata;
  assign ap_start = int_ap_start;
  assign n = int_n;
  always @(posedge ACLK) begin
    if (ARESET) begin
      aw_ok <= 1'b0; bvalid <= 1'b0; waddr <= 5'd0;
    end else begin
      if (AWVALID & AWREADY) begin aw_ok <= 1'b1; waddr <= AWADDR; end
      else if (WVALID & WREADY) aw_ok <= 1'b0;
      if (WVALID & WREADY) bvalid <= 1'b1;
      else if (BREADY) bvalid <= 1'b0;
    end
  end
  always @(posedge ACLK) begin
    if (ARESET) int_ap_start <= 1'b0;
    else if (WVALID & WREADY & waddr == ADDR_AP_CTRL & WSTRB[0] & WDATA[0]) int_ap_start <= 1'b1;
    else if (ap_ready) int_ap_start <= 1'b0;
  end
  always @(posedge ACLK) begin
    if (ARESET) int_ap_done <= 1'b0;
    else if (ap_done) int_ap_done <= 1'b1;
    else if (ARVALID & ARREADY & ARADDR == ADDR_AP_CTRL) int_ap_done <= 1'b0;
  end
  always @(posedge ACLK) begin
    if (ARESET) int_n <= 8'd0;
    else if (WVALID & WREADY & waddr == ADDR_N_DATA_0 & WSTRB[0]) int_n <= WDATA[7:0];
  end
  always @(posedge ACLK) begin
    if (ARESET) begin
      rvalid <= 1'b0; rdata <= 32'd0;
    end else if (ARVALID & ARREADY) begin
      rvalid <= 1'b1;
      rdata <= (ARADDR == ADDR_AP_CTRL) ? {28'd0, ap_ready, ap_idle, int_ap_done, int_ap_start}
             : (ARADDR == ADDR_N_DATA_0) ? {24'd0, int_n}
             : (ARADDR == ADDR_AP_RETURN_0) ? {16'd0, ap_return} : 32'd0;
    end else if (RREADY) rvalid <= 1'b0;
  end
endmodule

module axi_sum (
  input ap_clk, input ap_rst_n,
  input [4:0] s_axi_control_AWADDR, input s_axi_control_AWVALID, output s_axi_control_AWREADY,
  input [31:0] s_axi_control_WDATA, input [3:0] s_axi_control_WSTRB, input s_axi_control_WVALID,
  output s_axi_control_WREADY, output [1:0] s_axi_control_BRESP, output s_axi_control_BVALID,
  input s_axi_control_BREADY, input [4:0] s_axi_control_ARADDR, input s_axi_control_ARVALID,
  output s_axi_control_ARREADY, output [31:0] s_axi_control_RDATA, output [1:0] s_axi_control_RRESP,
  output s_axi_control_RVALID, input s_axi_control_RREADY, output [15:0] sum);
  parameter ap_ST_fsm_state1 = 3'd1;
  parameter ap_ST_fsm_state2 = 3'd2;
  parameter ap_ST_fsm_state3 = 3'd4;
  reg [2:0] ap_CS_fsm;
  reg [2:0] ap_NS_fsm;
  wire ap_start;
  wire ap_done;
  wire ap_idle;
  wire ap_ready;
  wire [7:0] n;
  reg [7:0] i_reg;
  reg [15:0] sum_reg;
  wire ap_rst_n_inv;
  assign ap_rst_n_inv = ~ap_rst_n;
  axi_sum_control_s_axi control_s_axi_U (
    .ACLK(ap_clk), .ARESET(ap_rst_n_inv), .ACLK_EN(1'b1),
    .AWADDR(s_axi_control_AWADDR), .AWVALID(s_axi_control_AWVALID), .AWREADY(s_axi_control_AWREADY),
    .WDATA(s_axi_control_WDATA), .WSTRB(s_axi_control_WSTRB), .WVALID(s_axi_control_WVALID),
    .WREADY(s_axi_control_WREADY), .BRESP(s_axi_control_BRESP), .BVALID(s_axi_control_BVALID),
    .BREADY(s_axi_control_BREADY), .ARADDR(s_axi_control_ARADDR), .ARVALID(s_axi_control_ARVALID),
    .ARREADY(s_axi_control_ARREADY), .RDATA(s_axi_control_RDATA), .RRESP(s_axi_control_RRESP),
    .RVALID(s_axi_control_RVALID), .RREADY(s_axi_control_RREADY),
    .ap_start(ap_start), .ap_done(ap_done), .ap_ready(ap_ready), .ap_idle(ap_idle), .n(n),
    .ap_return(sum_reg));
  assign ap_idle = ap_CS_fsm[0] & ~ap_start;
  assign ap_done = ap_CS_fsm[2];
  assign ap_ready = ap_CS_fsm[2];
  assign sum = sum_reg;
  always @(posedge ap_clk) begin
    if (ap_rst_n_inv) ap_CS_fsm <= ap_ST_fsm_state1;
    else ap_CS_fsm <= ap_NS_fsm;
  end
  always @(posedge ap_clk) begin
    if (ap_CS_fsm[0] & ap_start) begin i_reg <= 8'd0; sum_reg <= 16'd0; end
    else if (ap_CS_fsm[1] & (i_reg != n)) begin i_reg <= i_reg + 8'd1; sum_reg <= sum_reg + {8'd0, i_reg}; end
  end
  always @(*) begin
    case (ap_CS_fsm)
      ap_ST_fsm_state1: ap_NS_fsm = ap_start ? ap_ST_fsm_state2 : ap_ST_fsm_state1;
      ap_ST_fsm_state2: ap_NS_fsm = (i_reg == n) ? ap_ST_fsm_state3 : ap_ST_fsm_state2;
      default: ap_NS_fsm = ap_ST_fsm_state1;
    endcase
  end
endmodule
