// Hand-written fixture: an internal array updated in place across two states (read in RD, written in WR),
// then summed. Declared non-volatile, the write-after-read needs a checkpoint at WR: re-executing RD after
// WR's write committed would scale an element twice.
module inplace_scale (
    input wire clk,
    input wire rst,
    input wire ap_start,
    input wire [7:0] a,
    output wire ap_done,
    output reg [12:0] total
);
    localparam [2:0] IDLE = 3'd0, FILL = 3'd1, RD = 3'd2, WR = 3'd3, SUM = 3'd4, FIN = 3'd5;
    reg [2:0] state;
    reg [2:0] i;
    reg [8:0] x;
    reg [8:0] buffer [0:7];

    always @(posedge clk) begin
        if (rst) begin
            state <= IDLE;
        end else begin
            case (state)
                IDLE: if (ap_start) begin state <= FILL; i <= 3'd0; end
                FILL: begin
                    buffer[i] <= {1'b0, a} + {6'd0, i};
                    i <= i + 3'd1;
                    if (i == 3'd7) state <= RD;
                end
                RD: begin
                    x <= buffer[i];
                    state <= WR;
                end
                WR: begin
                    buffer[i] <= x + (x >> 1) + 9'd1;
                    i <= i + 3'd1;
                    if (i == 3'd7) begin state <= SUM; total <= 13'd0; end
                    else state <= RD;
                end
                SUM: begin
                    total <= total + {4'd0, buffer[i]};
                    i <= i + 3'd1;
                    if (i == 3'd7) state <= FIN;
                end
                default: state <= IDLE;
            endcase
        end
    end
    assign ap_done = (state == FIN);
endmodule
