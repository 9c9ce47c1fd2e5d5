export interface Agency {
  id: string;
  name: string;
  kind: string;
  version: number;
}
