import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// The items table. After a change, `npm run migration:generate` writes the
// migration that brings the database to it (see src/database/migrations/).
@Entity('items')
export class ItemEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
