import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsText } from 'src/common/validation/validators';
import type { Grid } from 'src/communities/entities/grid.entity';

export class CreateGridDto {
  @IsText(100)
  name: string;
}

export class GridView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) communityId: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ description: 'Secret of the wish-intake QR code; shown to staff only' })
  intakeToken?: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static of(g: Grid, withToken: boolean): GridView {
    return {
      id: g.id,
      communityId: g.communityId,
      name: g.name,
      ...(withToken ? { intakeToken: g.intakeToken } : {}),
      createdAt: g.createdAt.toISOString(),
    };
  }
}

export class GridList {
  @ApiProperty({ type: [GridView] }) items: GridView[];
}

export class WishQrQuery {
  @ApiPropertyOptional({ enum: ['png', 'svg'], default: 'png' })
  @IsOptional()
  @IsIn(['png', 'svg'])
  format?: 'png' | 'svg';
}
