// Hand-written fixture: an internal reg array filled in one loop and summed in another (Verilog-2001, ANSI).
module array_sum (
    input wire clk,
    input wire rst,
    input wire ap_start,
    input wire [7:0] a,
    input wire [7:0] b,
    output wire ap_done,
    output reg [10:0] total
);
    localparam [1:0] IDLE = 2'd0, FILL = 2'd1, SUM = 2'd2, FIN = 2'd3;
    reg [1:0] state;
    reg [2:0] i;
    reg [7:0] buffer [0:7];

    always @(posedge clk) begin
        if (rst) begin
            state <= IDLE;
        end else begin
            case (state)
                IDLE: if (ap_start) begin state <= FILL; i <= 3'd0; end
                FILL: begin
                    buffer[i] <= a + {5'd0, i} * b;
                    i <= i + 3'd1;
                    if (i == 3'd7) begin state <= SUM; total <= 11'd0; end
                end
                SUM: begin
                    total <= total + {3'd0, buffer[i]};
                    i <= i + 3'd1;
                    if (i == 3'd7) state <= FIN;
                end
                default: state <= IDLE;
            endcase
        end
    end
    assign ap_done = (state == FIN);
endmodule
