export interface PortRange {
  readonly from: number;
  readonly to: number;
}
/** Port ranges, one per kind of caller. */
export declare const PORT_RANGES: {
  readonly tests: PortRange;
  readonly bench: PortRange;
  readonly e2e: PortRange;
};
/** A port in the range that nothing listens on right now. */
export declare function freePort(range: PortRange, host?: string): Promise<number>;
