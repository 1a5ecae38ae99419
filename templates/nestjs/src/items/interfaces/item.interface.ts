export interface Item {
  id: number;
  name: string;
  description?: string | undefined;
}
