// Hand-written in the shape of Vivado HLS's AXI-lite control (s_axi_control): ap_start and ap_done live in
// the register file of the control slave; the top has no ap_start/ap_done ports. (Written for the tests.)
module acc_control_s_axi (
  input ACLK, input ARESET,
  input [4:0] AWADDR, input AWVALID, output AWREADY,
  input [31:0] WDATA, input [3:0] WSTRB, input WVALID, output WREADY,
  output [1:0] BRESP, output BVALID, input BREADY,
  input [4:0] ARADDR, input ARVALID, output ARREADY,
  output [31:0] RDATA, output [1:0] RRESP, output RVALID, input RREADY,
  output ap_start, input ap_done, input ap_idle, output [7:0] n);
  reg int_ap_start, int_ap_done, rvalid, bvalid;
  reg [7:0] int_n;
  reg [31:0] rdata;
  assign AWREADY = 1'b1; assign WREADY = 1'b1; assign ARREADY = 1'b1;
  assign BRESP = 2'b00; assign RRESP = 2'b00; assign BVALID = bvalid; assign RVALID = rvalid;
  assign RDATA = rdata; assign ap_start = int_ap_start; assign n = int_n;
  always @(posedge ACLK) begin
    if (ARESET) begin
      int_ap_start <= 1'b0; int_ap_done <= 1'b0; int_n <= 8'd0; bvalid <= 1'b0; rvalid <= 1'b0;
    end else begin
      bvalid <= AWVALID & WVALID;
      if (AWVALID & WVALID & AWADDR == 5'h00 & WDATA[0]) int_ap_start <= 1'b1;
      else if (ap_done) int_ap_start <= 1'b0;
      if (AWVALID & WVALID & AWADDR == 5'h10) int_n <= WDATA[7:0];
      if (ap_done) int_ap_done <= 1'b1;
      else if (ARVALID & ARADDR == 5'h00) int_ap_done <= 1'b0;
      rvalid <= ARVALID;
      rdata <= (ARADDR == 5'h00) ? {28'd0, 1'b0, ap_idle, int_ap_done, int_ap_start} : {24'd0, int_n};
    end
  end
endmodule

module acc (
  input ap_clk, input ap_rst_n,
  input [4:0] s_axi_control_AWADDR, input s_axi_control_AWVALID, output s_axi_control_AWREADY,
  input [31:0] s_axi_control_WDATA, input [3:0] s_axi_control_WSTRB, input s_axi_control_WVALID,
  output s_axi_control_WREADY, output [1:0] s_axi_control_BRESP, output s_axi_control_BVALID,
  input s_axi_control_BREADY, input [4:0] s_axi_control_ARADDR, input s_axi_control_ARVALID,
  output s_axi_control_ARREADY, output [31:0] s_axi_control_RDATA, output [1:0] s_axi_control_RRESP,
  output s_axi_control_RVALID, input s_axi_control_RREADY, output reg [15:0] sum);
  parameter ap_ST_fsm_state1 = 3'd1;
  parameter ap_ST_fsm_state2 = 3'd2;
  parameter ap_ST_fsm_state3 = 3'd4;
  reg [2:0] ap_CS_fsm;
  reg [2:0] ap_NS_fsm;
  wire ap_start;
  reg ap_done;
  wire ap_idle;
  wire [7:0] n;
  reg [7:0] i;
  wire ap_rst_n_inv;
  assign ap_rst_n_inv = ~ap_rst_n;
  acc_control_s_axi control_s_axi_U (
    .ACLK(ap_clk), .ARESET(ap_rst_n_inv),
    .AWADDR(s_axi_control_AWADDR), .AWVALID(s_axi_control_AWVALID), .AWREADY(s_axi_control_AWREADY),
    .WDATA(s_axi_control_WDATA), .WSTRB(s_axi_control_WSTRB), .WVALID(s_axi_control_WVALID),
    .WREADY(s_axi_control_WREADY), .BRESP(s_axi_control_BRESP), .BVALID(s_axi_control_BVALID),
    .BREADY(s_axi_control_BREADY), .ARADDR(s_axi_control_ARADDR), .ARVALID(s_axi_control_ARVALID),
    .ARREADY(s_axi_control_ARREADY), .RDATA(s_axi_control_RDATA), .RRESP(s_axi_control_RRESP),
    .RVALID(s_axi_control_RVALID), .RREADY(s_axi_control_RREADY),
    .ap_start(ap_start), .ap_done(ap_done), .ap_idle(ap_idle), .n(n));
  assign ap_idle = (ap_CS_fsm == ap_ST_fsm_state1) & ~ap_start;
  always @(posedge ap_clk) begin
    if (ap_rst_n_inv) ap_CS_fsm <= ap_ST_fsm_state1;
    else ap_CS_fsm <= ap_NS_fsm;
  end
  always @(posedge ap_clk) begin
    if ((ap_CS_fsm == ap_ST_fsm_state1) & ap_start) begin i <= 8'd0; sum <= 16'd0; end
    else if (ap_CS_fsm == ap_ST_fsm_state2 && i != n) begin i <= i + 8'd1; sum <= sum + {8'd0, i}; end
  end
  always @(*) begin
    ap_done = (ap_CS_fsm == ap_ST_fsm_state3);
    case (ap_CS_fsm)
      ap_ST_fsm_state1: ap_NS_fsm = ap_start ? ap_ST_fsm_state2 : ap_ST_fsm_state1;
      ap_ST_fsm_state2: ap_NS_fsm = (i == n) ? ap_ST_fsm_state3 : ap_ST_fsm_state2;
      default: ap_NS_fsm = ap_ST_fsm_state1;
    endcase
  end
endmodule
