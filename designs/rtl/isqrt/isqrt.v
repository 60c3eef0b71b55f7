// Integer square root, written by hand the way an RTL designer would (not by an HLS tool): ANSI ports, one
// always block holding both the state register and the datapath, asynchronous active-high reset, localparam
// state names, a registered ap_done pulse. Digit-by-digit method (two bits of x per step):
//
//   rem = x; root = 0; one = 1 << 30;
//   while (one > rem) one >>= 2;                     // ALIGN
//   while (one != 0) {                               // STEP
//     if (rem >= root + one) { rem -= root + one; root = (root >> 1) + one; } else root >>= 1;
//     one >>= 2;
//   }
//   return root;                                     // floor(sqrt(x))
`timescale 1 ns / 1 ps

module isqrt (
    input  wire        ap_clk,
    input  wire        ap_rst,
    input  wire        ap_start,
    output reg         ap_done,
    input  wire [31:0] x,
    output reg  [15:0] ap_return
);

  localparam [1:0] IDLE  = 2'd0,
                   ALIGN = 2'd1,
                   STEP  = 2'd2,
                   FIN   = 2'd3;

  reg [1:0]  state;
  reg [31:0] rem;
  reg [31:0] root;
  reg [31:0] one;

  wire [31:0] trial = root + one;

  always @(posedge ap_clk or posedge ap_rst) begin
    if (ap_rst) begin
      state   <= IDLE;
      ap_done <= 1'b0;
    end else begin
      ap_done <= 1'b0;
      case (state)
        IDLE: begin
          if (ap_start) begin
            rem   <= x;
            root  <= 32'd0;
            one   <= 32'h4000_0000;
            state <= ALIGN;
          end
        end
        ALIGN: begin
          if (one > rem)
            one <= one >> 2;
          else
            state <= STEP;
        end
        STEP: begin
          if (one == 32'd0) begin
            state <= FIN;
          end else begin
            if (rem >= trial) begin
              rem  <= rem - trial;
              root <= (root >> 1) + one;
            end else begin
              root <= root >> 1;
            end
            one <= one >> 2;
          end
        end
        FIN: begin
          ap_return <= root[15:0];
          ap_done   <= 1'b1;
          state     <= IDLE;
        end
        default: state <= IDLE;
      endcase
    end
  end

endmodule
